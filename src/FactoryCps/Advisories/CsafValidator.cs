using System.Text.Json;
using FactoryCps.Advisories.Validation;

namespace FactoryCps.Advisories;

/// <summary>
/// Runs the JSON schema and the CSAF 2.0 tests (section 6) on one document. Every test of the spec is listed
/// here; those without an implementation are reported as not checked, so a clean report is never overstated.
/// </summary>
internal static class CsafValidator
{
    /// <summary>The tests of CSAF 2.0 section 6 in spec order; null where fcps does not implement the test yet.</summary>
    public static IReadOnlyList<(string Id, Action<CsafTestContext>? Run)> Tests { get; } =
    [
        ("6.1.1", ProductIdTests.MissingDefinition),
        ("6.1.2", ProductIdTests.MultipleDefinition),
        ("6.1.3", ProductIdTests.CircularDefinition),
        ("6.1.4", ProductIdTests.MissingGroupDefinition),
        ("6.1.5", ProductIdTests.MultipleGroupDefinition),
        ("6.1.6", VulnerabilityTests.ContradictingStatus),
        ("6.1.7", VulnerabilityTests.MultipleScores),
        ("6.1.8", SchemaTests.InvalidCvss),
        ("6.1.9", CvssComputationTests.InvalidComputation),
        ("6.1.10", CvssPropertyTests.InconsistentCvss),
        ("6.1.11", CatalogueTests.Cwe),
        ("6.1.12", CatalogueTests.Language),
        ("6.1.13", ProductTreeTests.Purl),
        ("6.1.14", RevisionTests.SortedHistory),
        ("6.1.15", ProfileTests.Translator),
        ("6.1.16", RevisionTests.LatestDocumentVersion),
        ("6.1.17", RevisionTests.DraftStatus),
        ("6.1.18", RevisionTests.ReleasedHistory),
        ("6.1.19", RevisionTests.PreReleaseInHistory),
        ("6.1.20", RevisionTests.NonDraftVersion),
        ("6.1.21", RevisionTests.MissingItem),
        ("6.1.22", RevisionTests.MultipleDefinition),
        ("6.1.23", VulnerabilityTests.MultipleCve),
        ("6.1.24", VulnerabilityTests.MultipleInvolvements),
        ("6.1.25", ProductTreeTests.MultipleHashAlgorithms),
        ("6.1.26", ProfileTests.ProhibitedCategory),
        ("6.1.27.1", ProfileTests.DocumentNotes),
        ("6.1.27.2", ProfileTests.DocumentReferences),
        ("6.1.27.3", ProfileTests.NoVulnerabilities),
        ("6.1.27.4", ProfileTests.ProductTree),
        ("6.1.27.5", ProfileTests.VulnerabilityNotes),
        ("6.1.27.6", ProfileTests.ProductStatus),
        ("6.1.27.7", ProfileTests.VexProductStatus),
        ("6.1.27.8", ProfileTests.VexVulnerabilityId),
        ("6.1.27.9", ProfileTests.ImpactStatement),
        ("6.1.27.10", ProfileTests.ActionStatement),
        ("6.1.27.11", ProfileTests.Vulnerabilities),
        ("6.1.28", ProfileTests.Translation),
        ("6.1.29", VulnerabilityTests.RemediationWithoutProduct),
        ("6.1.30", RevisionTests.MixedVersioning),
        ("6.1.31", ProductTreeTests.VersionRangeInProductVersion),
        ("6.1.32", VulnerabilityTests.FlagWithoutProduct),
        ("6.1.33", VulnerabilityTests.MultipleFlags),
        ("6.2.1", ProductIdTests.UnusedDefinition),
        ("6.2.2", OptionalTests.MissingRemediation),
        ("6.2.3", OptionalTests.MissingScore),
        ("6.2.4", OptionalTests.BuildMetadataInHistory),
        ("6.2.5", OptionalTests.OlderInitialReleaseDate),
        ("6.2.6", OptionalTests.OlderCurrentReleaseDate),
        ("6.2.7", OptionalTests.MissingInvolvementDate),
        ("6.2.8", OptionalTests.OnlyMd5),
        ("6.2.9", OptionalTests.OnlySha1),
        ("6.2.10", OptionalTests.MissingTlpLabel),
        ("6.2.11", DocumentOptionalTests.MissingCanonicalUrl),
        ("6.2.12", OptionalTests.MissingLanguage),
        ("6.2.13", null),
        ("6.2.14", DocumentOptionalTests.PrivateLanguage),
        ("6.2.15", DocumentOptionalTests.DefaultLanguage),
        ("6.2.16", OptionalTests.MissingIdentificationHelper),
        ("6.2.17", OptionalTests.CveInIds),
        ("6.2.18", ProductTreeTests.VersionRangeWithoutVers),
        ("6.2.19", null),
        ("6.2.20", null),
        ("6.3.1", InformativeTests.OnlyCvssV2),
        ("6.3.2", InformativeTests.CvssV30),
        ("6.3.3", InformativeTests.MissingCve),
        ("6.3.4", InformativeTests.MissingCwe),
        ("6.3.5", InformativeTests.ShortHash),
        // 6.3.6 and 6.3.7 resolve URLs (fcps stays offline); 6.3.8 needs a spell checker and dictionaries.
        ("6.3.6", null),
        ("6.3.7", null),
        ("6.3.8", null),
        ("6.3.9", InformativeTests.BranchCategories),
        ("6.3.10", InformativeTests.ProductVersionRange),
        ("6.3.11", InformativeTests.VAsVersionIndicator),
    ];

    /// <summary>Every test fcps does not implement (those of the full preset).</summary>
    public static IReadOnlyList<string> NotChecked => NotCheckedIn(CsafPreset.Full);

    private static readonly Dictionary<CsafPreset, (Action<CsafTestContext>[] Run, string[] NotChecked)> ByPreset =
        Enum.GetValues<CsafPreset>().ToDictionary(p => p, p =>
        {
            var tests = Tests.Where(t => p.Includes(t.Id)).ToList();
            return (tests.Where(t => t.Run is not null).Select(t => t.Run!).ToArray(), tests.Where(t => t.Run is null).Select(t => t.Id).ToArray());
        });

    /// <summary>The tests of the preset that fcps does not implement (none in <see cref="CsafPreset.Basic"/>).</summary>
    public static IReadOnlyList<string> NotCheckedIn(CsafPreset preset) => ByPreset[preset].NotChecked;

    /// <param name="path">The advisory file.</param>
    /// <param name="readModel">
    /// False when only the verdict and the findings are wanted (<c>fcps csaf validate</c>): reading the model
    /// for matching costs about as much as a quarter of all the tests, and <see cref="CsafReport.Document"/> stays null.
    /// </param>
    /// <param name="preset">The tests to run; validity depends only on the schema and 6.1, which every preset runs.</param>
    public static CsafReport ValidateFile(string path, bool readModel = true, CsafPreset preset = CsafPreset.Full)
    {
        var (json, error) = CsafReader.Parse(path);
        return Validate(path, json, error, readModel, preset);
    }

    public static CsafReport Validate(string file, ReadOnlyMemory<byte> bytes)
    {
        var (json, error) = CsafReader.Parse(bytes);
        return Validate(file, json, error, readModel: true, CsafPreset.Full);
    }

    private static CsafReport Validate(string file, JsonDocument? json, CsafFinding? error, bool readModel, CsafPreset preset)
    {
        var (tests, notChecked) = ByPreset[preset];
        if (json is null)
        {
            return new CsafReport(file, null, [error!], notChecked);
        }

        using (json)
        {
            var context = new CsafTestContext(json.RootElement);
            foreach (var run in tests)
            {
                run(context);
            }

            SchemaTests.JsonSchema(context);
            var tracking = context.Document.Get("tracking") ?? default;
            return new CsafReport(file, readModel ? CsafModelReader.Read(json.RootElement) : null, context.Findings, notChecked)
            {
                TrackingId = tracking.Str("id") ?? "",
                TrackingVersion = tracking.Str("version") ?? "",
            };
        }
    }
}
