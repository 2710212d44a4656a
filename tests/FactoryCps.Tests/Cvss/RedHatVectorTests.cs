using FactoryCps.Cvss;

namespace FactoryCps.Tests.Cvss;

/// <summary>
/// Every vector in Red Hat's test files scores exactly as recorded. The line counts are pinned so that a
/// truncated or empty file cannot pass.
/// </summary>
public sealed class RedHatVectorTests
{
    [Theory]
    [InlineData("vectors_simple2", 729)]
    [InlineData("vectors_calculator2", 5)]
    [InlineData("vectors_cvsslib2", 24)]
    [InlineData("vectors_simple3", 2592)]
    [InlineData("vectors_simple31", 2592)]
    [InlineData("vectors_calculator3", 2)]
    [InlineData("vectors_cvsslib3", 29)]
    [InlineData("vectors_simple4", 1058)]
    [InlineData("vectors_supplemental4", 576)]
    [InlineData("vectors_security4", 54)]
    [InlineData("vectors_threat4", 6)]
    public void Every_vector_scores_as_recorded(string file, int count)
    {
        var cases = RedHatVectorFile.Read(file);
        var mismatches = cases.Select(Check).OfType<string>().ToList();

        Assert.Equal(count, cases.Count);
        Assert.True(mismatches.Count == 0,
            $"{file}: {cases.Count - mismatches.Count}/{cases.Count} agree; first mismatches:\n" + string.Join("\n", mismatches.Take(10)));
    }

    private static string? Check(RedHatVectorCase c)
    {
        if (!CvssVector.TryParse(c.Vector, out var vector, out var error))
        {
            return $"line {c.Line}: {c.Vector}: {error}";
        }

        var scores = vector.Score();
        var actual = Actual(scores, c.Expected.Count);
        return actual.SequenceEqual(c.Expected)
            ? null
            : $"line {c.Line}: {c.Vector}: expected ({string.Join(", ", c.Expected)}), got ({string.Join(", ", actual)})";
    }

    /// <summary>
    /// v2 and v3 files record (base, temporal, environmental), v2 with None for a group the vector omits (as
    /// our scores do); v4 files record the one score of the whole vector.
    /// </summary>
    private static IReadOnlyList<double?> Actual(CvssScores s, int arity) => s.Version switch
    {
        CvssVersion.V40 => arity == 1 ? [s.Score] : throw new InvalidOperationException("v4 cases have one score"),
        _ => [s.BaseScore, s.TemporalScore, s.EnvironmentalScore],
    };
}
