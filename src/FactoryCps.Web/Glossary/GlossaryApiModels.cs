using FactoryCps.Glossary;
using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Web.Glossary;

/// <summary>One glossary term as the API gives it: the fields of <c>fcps catalog glossary --format json</c>.</summary>
internal sealed record GlossaryTermDto(
    string Id,
    LocalizedText Term,
    string Reading,
    string TermConfidence,
    LocalizedText Definition,
    GlossaryRejectsDto Rejects,
    string Source,
    string Confidence,
    LocalizedText? Note)
{
    public static GlossaryTermDto Of(GlossaryEntry entry) => new(
        entry.Id, entry.Term, entry.Reading, Mark(entry.TermConfidence), entry.Definition,
        new GlossaryRejectsDto(entry.RejectsJa, entry.RejectsEn), entry.Source, Mark(entry.Confidence), entry.Note);

    private static string Mark(Confidence confidence) => confidence == Guideline.Confidence.Seed ? "seed" : "derived";
}

/// <summary>The variants the glossary rejects for a term, per language.</summary>
internal sealed record GlossaryRejectsDto(IReadOnlyList<string> Ja, IReadOnlyList<string> En);
