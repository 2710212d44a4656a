using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// JSON schema conformance, and test 6.1.8: each CVSS object against the FIRST schema of its own version.
/// Schema errors inside a CVSS object are left to 6.1.8 so that the same defect is not reported twice.
/// The compiled yes/no check decides; <see cref="SchemaErrors"/> words the errors of what it rejects.
/// </summary>
internal static class SchemaTests
{
    public static void JsonSchema(CsafTestContext context)
    {
        if (!CsafSchema.IsValid(context.Root))
        {
            SchemaErrors.ReportDocument(context);
        }
    }

    public static void InvalidCvss(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (score, index) in vulnerability.Indexed("scores"))
            {
                foreach (var name in new[] { "cvss_v2", "cvss_v3" })
                {
                    if (score.Get(name) is not { } cvss)
                    {
                        continue;
                    }

                    var cvssPath = $"{path}/scores/{index}/{name}";
                    var version = name == "cvss_v2" ? "2.0" : cvss.Str("version") ?? "";
                    if (!CsafSchema.IsCvssVersion(version) || (name == "cvss_v2") != (version == "2.0"))
                    {
                        context.Report("6.1.8", Severity.Error, $"{cvssPath}/version", "Csaf_6_1_8_Version", version);
                    }
                    else if (!CsafSchema.IsValidCvss(version, cvss))
                    {
                        SchemaErrors.ReportCvss(context, version, cvss, cvssPath);
                    }
                }
            }
        }
    }
}
