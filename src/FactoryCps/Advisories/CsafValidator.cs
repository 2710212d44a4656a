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
    public static IReadOnlyList<CsafTest> Tests { get; } =
    [
        new("6.1.1", ProductIdTests.MissingDefinition),
        new("6.1.2", ProductIdTests.MultipleDefinition),
        new("6.1.3", ProductIdTests.CircularDefinition),
        new("6.1.4", ProductIdTests.MissingGroupDefinition),
        new("6.1.5", ProductIdTests.MultipleGroupDefinition),
        new("6.1.6", VulnerabilityTests.ContradictingStatus),
        new("6.1.7", VulnerabilityTests.MultipleScores),
        new("6.1.8", SchemaTests.InvalidCvss),
        new("6.1.9", CvssComputationTests.InvalidComputation),
        new("6.1.10", CvssPropertyTests.InconsistentCvss),
        new("6.1.11", CatalogueTests.Cwe),
        new("6.1.12", CatalogueTests.Language),
        new("6.1.13", ProductTreeTests.Purl),
        new("6.1.14", RevisionTests.SortedHistory),
        new("6.1.15", ProfileTests.Translator),
        new("6.1.16", RevisionTests.LatestDocumentVersion),
        new("6.1.17", RevisionTests.DraftStatus),
        new("6.1.18", RevisionTests.ReleasedHistory),
        new("6.1.19", RevisionTests.PreReleaseInHistory),
        new("6.1.20", RevisionTests.NonDraftVersion),
        new("6.1.21", RevisionTests.MissingItem),
        new("6.1.22", RevisionTests.MultipleDefinition),
        new("6.1.23", VulnerabilityTests.MultipleCve),
        new("6.1.24", VulnerabilityTests.MultipleInvolvements),
        new("6.1.25", ProductTreeTests.MultipleHashAlgorithms),
        new("6.1.26", ProfileTests.ProhibitedCategory),
        new("6.1.27.1", ProfileTests.DocumentNotes),
        new("6.1.27.2", ProfileTests.DocumentReferences),
        new("6.1.27.3", ProfileTests.NoVulnerabilities),
        new("6.1.27.4", ProfileTests.ProductTree),
        new("6.1.27.5", ProfileTests.VulnerabilityNotes),
        new("6.1.27.6", ProfileTests.ProductStatus),
        new("6.1.27.7", ProfileTests.VexProductStatus),
        new("6.1.27.8", ProfileTests.VexVulnerabilityId),
        new("6.1.27.9", ProfileTests.ImpactStatement),
        new("6.1.27.10", ProfileTests.ActionStatement),
        new("6.1.27.11", ProfileTests.Vulnerabilities),
        new("6.1.28", ProfileTests.Translation),
        new("6.1.29", VulnerabilityTests.RemediationWithoutProduct),
        new("6.1.30", RevisionTests.MixedVersioning),
        new("6.1.31", ProductTreeTests.VersionRangeInProductVersion),
        new("6.1.32", VulnerabilityTests.FlagWithoutProduct),
        new("6.1.33", VulnerabilityTests.MultipleFlags),
        new("6.2.1", ProductIdTests.UnusedDefinition),
        new("6.2.2", OptionalTests.MissingRemediation),
        new("6.2.3", OptionalTests.MissingScore),
        new("6.2.4", OptionalTests.BuildMetadataInHistory),
        new("6.2.5", OptionalTests.OlderInitialReleaseDate),
        new("6.2.6", OptionalTests.OlderCurrentReleaseDate),
        new("6.2.7", OptionalTests.MissingInvolvementDate),
        new("6.2.8", OptionalTests.OnlyMd5),
        new("6.2.9", OptionalTests.OnlySha1),
        new("6.2.10", OptionalTests.MissingTlpLabel),
        new("6.2.11", DocumentOptionalTests.MissingCanonicalUrl),
        new("6.2.12", OptionalTests.MissingLanguage),
        new("6.2.13", null),
        new("6.2.14", DocumentOptionalTests.PrivateLanguage),
        new("6.2.15", DocumentOptionalTests.DefaultLanguage),
        new("6.2.16", OptionalTests.MissingIdentificationHelper),
        new("6.2.17", OptionalTests.CveInIds),
        new("6.2.18", ProductTreeTests.VersionRangeWithoutVers),
        new("6.2.19", null),
        new("6.2.20", null),
        new("6.3.1", InformativeTests.OnlyCvssV2),
        new("6.3.2", InformativeTests.CvssV30),
        new("6.3.3", InformativeTests.MissingCve),
        new("6.3.4", InformativeTests.MissingCwe),
        new("6.3.5", InformativeTests.ShortHash),
        // 6.3.6 and 6.3.7 resolve URLs (fcps stays offline); 6.3.8 needs a spell checker and dictionaries.
        new("6.3.6", null),
        new("6.3.7", null),
        new("6.3.8", null),
        new("6.3.9", InformativeTests.BranchCategories),
        new("6.3.10", InformativeTests.ProductVersionRange),
        new("6.3.11", InformativeTests.VAsVersionIndicator),
    ];

    /// <summary>Every test fcps does not implement (those of the full preset).</summary>
    public static IReadOnlyList<string> NotChecked => NotCheckedIn(CsafPreset.Full);

    /// <summary>By preset, in the enum's order (an array: a dictionary over value tuples costs compiling at every start).</summary>
    private static readonly PresetTests[] ByPreset = [For(CsafPreset.Basic), For(CsafPreset.Extended), For(CsafPreset.Full)];

    private static PresetTests For(CsafPreset preset)
    {
        var tests = Tests.Where(t => preset.Includes(t.Id)).ToList();
        return new(tests.Where(t => t.Run is not null).Select(t => t.Run!).ToArray(), tests.Where(t => t.Run is null).Select(t => t.Id).ToArray());
    }

    /// <summary>The tests of the preset that fcps does not implement (none in <see cref="CsafPreset.Basic"/>).</summary>
    public static IReadOnlyList<string> NotCheckedIn(CsafPreset preset) => ByPreset[(int)preset].NotChecked;

    /// <param name="path">The advisory file.</param>
    /// <param name="readModel">
    /// False when only the verdict and the findings are wanted (<c>fcps csaf validate</c>): reading the model
    /// for matching costs about as much as a quarter of all the tests, and <see cref="CsafReport.Document"/> stays null.
    /// </param>
    /// <param name="preset">The tests to run; validity depends only on the schema and 6.1, which every preset runs.</param>
    public static CsafReport ValidateFile(string path, bool readModel = true, CsafPreset preset = CsafPreset.Full)
    {
        var (file, error) = CsafReader.Read(path);
        if (file is null)
        {
            return Validate(path, null, error, readModel, preset);
        }

        // The document is disposed inside Validate, before the buffer it reads from goes back to the pool.
        using (file)
        {
            var (json, parseError) = CsafReader.Parse(file.Bytes);
            return Validate(path, json, parseError, readModel, preset);
        }
    }

    public static CsafReport Validate(string file, ReadOnlyMemory<byte> bytes)
    {
        var (json, error) = CsafReader.Parse(bytes);
        return Validate(file, json, error, readModel: true, CsafPreset.Full);
    }

    private static CsafReport Validate(string file, JsonDocument? json, CsafFinding? error, bool readModel, CsafPreset preset)
    {
        var (tests, notChecked) = ByPreset[(int)preset];
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

    private sealed record PresetTests(Action<CsafTestContext>[] Run, string[] NotChecked);
}
