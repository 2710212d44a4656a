using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Tests.Workbooks;

/// <summary>
/// A corpus of wrongly filled workbooks of one kind (the self-assessment's, the supplier questionnaire's), run
/// alike for every kind: each case makes a file and names the problems its import must report, as (code, sheet:cell)
/// in order; <c>import</c> reads a file as that kind's reader does and says what it took.
/// </summary>
internal sealed class BrokenWorkbookCorpus(IReadOnlyDictionary<string, BrokenWorkbookCorpus.Case> cases, Func<byte[], (int Taken, IReadOnlyList<WorkbookProblem> Problems)> import)
{
    public sealed record Case(Func<byte[]> Make, params (string Code, string Where)[] Problems);

    /// <summary>The cases' names, the theory's rows.</summary>
    public TheoryData<string> Names => [.. cases.Keys];

    /// <summary>The corpus has at least <paramref name="least"/> cases, and the good file they are made from passes.</summary>
    public void IsLargeAndItsGoodFilePasses(int least, byte[] good)
    {
        Assert.True(cases.Count >= least, $"{cases.Count} cases");
        Assert.Empty(import(good).Problems);
    }

    /// <summary>One case: refused as a whole (nothing taken), with exactly its problems at their places, each in words that differ between Japanese and English.</summary>
    public void Refuses(string name)
    {
        var bad = cases[name];

        var (taken, problems) = import(bad.Make());

        Assert.NotEmpty(problems);
        Assert.Equal(0, taken);
        Assert.Equal(bad.Problems, problems.Select(p => (p.Code, p.Where)));
        Assert.All(problems, p => Assert.NotEqual(p.Render(Language.Ja), p.Render(Language.En)));
    }
}
