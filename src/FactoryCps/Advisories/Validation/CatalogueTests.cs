using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// CSAF 2.0 mandatory tests against bundled catalogues: 6.1.11 (the CWE exists and carries its name) and 6.1.12
/// (language tags are valid BCP 47 with registered subtags).
/// </summary>
internal static class CatalogueTests
{
    public static void Cwe(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            if (vulnerability.Get("cwe") is not { } cwe || cwe.Str("id") is not { } id)
            {
                continue;
            }

            if (CweCatalogue.Name(id) is not { } name)
            {
                context.Report("6.1.11", Severity.Error, $"{path}/cwe/id", "Csaf_6_1_11_Unknown", id, CweCatalogue.Version);
            }
            else if (cwe.Str("name") is { } written && written != name)
            {
                context.Report("6.1.11", Severity.Error, $"{path}/cwe/name", "Csaf_6_1_11_Name", id, name, written, CweCatalogue.Version);
            }
        }
    }

    public static void Language(CsafTestContext context)
    {
        foreach (var field in new[] { "lang", "source_lang" })
        {
            if (context.Document.Str(field) is not { } tag)
            {
                continue;
            }

            var (problem, subtag) = LanguageTagCheck.Check(tag, LanguageSubtagRegistry.Instance);
            var path = $"/document/{field}";
            switch (problem)
            {
                case LanguageTagProblem.Malformed:
                    context.Report("6.1.12", Severity.Error, path, "Csaf_6_1_12_Malformed", tag);
                    break;
                case LanguageTagProblem.UnknownSubtag:
                    context.Report("6.1.12", Severity.Error, path, "Csaf_6_1_12_Unknown", tag, subtag, LanguageSubtagRegistry.FileDate);
                    break;
                case LanguageTagProblem.RepeatedSubtag:
                    context.Report("6.1.12", Severity.Error, path, "Csaf_6_1_12_Repeated", tag, subtag);
                    break;
            }
        }
    }
}
