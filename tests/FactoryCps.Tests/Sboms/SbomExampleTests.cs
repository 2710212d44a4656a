using FactoryCps.Sboms;

namespace FactoryCps.Tests.Sboms;

/// <summary>
/// Real SBOMs from CycloneDX/bom-examples and spdx/spdx-examples. Expected figures were computed with jq and
/// Python on the files themselves (see each test), not with this code.
/// </summary>
public sealed class SbomExampleTests
{
    public static TheoryData<string> CycloneDxExamples() =>
        [.. Directory.GetFiles(SbomTestData.CycloneDxExamples, "*.json", SearchOption.AllDirectories)
            .Select(f => SbomTestData.Relative(SbomTestData.CycloneDxExamples, f)).Order(StringComparer.Ordinal)];

    /// <summary>The SPDX 2.x JSON documents; the SPDX 3 ones (*.spdx3.json and spdx3.0/) are JSON-LD.</summary>
    public static TheoryData<string> Spdx2Examples() =>
        [.. SpdxJson().Where(f => !IsSpdx3(f))];

    public static TheoryData<string> Spdx3Examples() =>
        [.. SpdxJson().Where(IsSpdx3)];

    private static IEnumerable<string> SpdxJson() =>
        Directory.GetFiles(SbomTestData.SpdxExamples, "*.json", SearchOption.AllDirectories)
            .Select(f => SbomTestData.Relative(SbomTestData.SpdxExamples, f)).Order(StringComparer.Ordinal);

    private static bool IsSpdx3(string relative) => relative.EndsWith(".spdx3.json", StringComparison.Ordinal) || relative.Contains("spdx3.0/", StringComparison.Ordinal);

    [Fact]
    public void The_example_sets_have_the_documented_number_of_files()
    {
        // shared/data/README.md: 65 CycloneDX JSON BOMs; 18 SPDX 2.x JSON and 26 SPDX 3.0.1 JSON-LD files.
        Assert.Equal(65, CycloneDxExamples().Count);
        Assert.Equal(18, Spdx2Examples().Count);
        Assert.Equal(26, Spdx3Examples().Count);
    }

    [Theory]
    [MemberData(nameof(CycloneDxExamples))]
    public void Every_CycloneDX_example_reads(string relative)
    {
        var sbom = SbomReader.Read(Path.Combine(SbomTestData.CycloneDxExamples, relative));

        Assert.Equal(SbomFormat.CycloneDx, sbom.Format);
        Assert.All(sbom.Components, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
    }

    [Theory]
    [MemberData(nameof(Spdx2Examples))]
    public void Every_SPDX_2_example_reads(string relative)
    {
        var sbom = SbomReader.Read(Path.Combine(SbomTestData.SpdxExamples, relative));

        Assert.Equal(SbomFormat.Spdx, sbom.Format);
        Assert.Contains(sbom.SpecVersion, new[] { "2.2", "2.3" });
        Assert.NotNull(sbom.Name);
    }

    [Theory]
    [MemberData(nameof(Spdx3Examples))]
    public void SPDX_3_examples_are_refused_as_unsupported(string relative)
    {
        var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(Path.Combine(SbomTestData.SpdxExamples, relative)));

        Assert.Equal("SbomSpdx3Unsupported", error.Reason.Key);
    }

    [Theory]
    // jq '[.. | objects | select(has("components")) | .components[]] | length' FILE
    [InlineData("SBOM/keycloak-10.0.2/bom.json", "1.2", 903)]
    [InlineData("SBOM/dropwizard-1.3.15/bom.json", "1.2", 167)]
    [InlineData("SBOM/laravel-7.12.0/bom.1.4.json", "1.4", 62)]
    [InlineData("SBOM/proton-bridge/proton-bridge-v1.8.0.bom.json", "1.2", 201)]
    // 837 at the top level, 1,115 with the nested ones.
    [InlineData("SBOM/juice-shop/via_npm/bare/bom.1.4.json", "1.4", 1115)]
    [InlineData("SBOM/juice-shop/via_npm/bare/bom.1.2.json", "1.2", 1115)]
    public void Component_counts_include_nested_components(string relative, string version, int count)
    {
        var sbom = SbomReader.Read(SbomTestData.Example(relative.Split('/')));

        Assert.Equal(version, sbom.SpecVersion);
        Assert.Equal(count, sbom.Components.Count);
    }

    [Fact]
    public void CycloneDX_component_fields_are_read()
    {
        var sbom = SbomReader.Read(SbomTestData.Example("SBOM", "dropwizard-1.3.15", "bom.json"));

        Assert.Equal("dropwizard-parent", sbom.Subject?.Name);
        Assert.Equal("1.3.15", sbom.Subject?.Version);
        var jackson = sbom.Components[0];
        Assert.Equal("com.fasterxml.jackson.core/jackson-annotations", jackson.FullName);
        Assert.Equal("2.9.10", jackson.Version);
        Assert.Equal("library", jackson.Type);
        Assert.Equal("pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.9.10?type=jar", jackson.Purl);
        Assert.Equal(new SbomHash("MD5", "26c2b6f7bc704ccadc64c83995e0ff7f"), jackson.Hashes[0]);
        Assert.Equal("$.components[0]", jackson.Path);
    }

    [Fact]
    public void Several_CycloneDX_licences_are_joined_with_AND()
    {
        // jq '[.components[] | select(.licenses|length>1)][0]' keycloak-10.0.2/bom.json
        var sbom = SbomReader.Read(SbomTestData.Example("SBOM", "keycloak-10.0.2", "bom.json"));

        var jta = sbom.Components.First(c => c.Name == "jboss-transaction-api_1.3_spec");

        Assert.Equal("EPL-2.0 AND GPL-2.0-with-classpath-exception", jta.LicenseExpression);
        Assert.All(jta.Licenses, l => Assert.Equal(SbomLicenseKind.SpdxId, l.Kind));
    }

    [Fact]
    public void SPDX_packages_become_components_and_the_described_package_the_subject()
    {
        // jq '.packages[] | [.SPDXID, .name, .versionInfo, .licenseConcluded, .licenseDeclared, .supplier]' appbomination.spdx.json
        var sbom = SbomReader.Read(SbomTestData.Spdx("software", "example9", "spdx2.2", "appbomination.spdx.json"));

        Assert.Equal("2.2", sbom.SpecVersion);
        Assert.Equal("App-BOM-ination", sbom.Subject?.Name);
        Assert.Equal("1.0", sbom.Subject?.Version);
        Assert.Equal("ACT Project", sbom.Subject?.Supplier);
        Assert.Equal(6, sbom.Components.Count);
        var hamcrest = Assert.Single(sbom.Components, c => c.Name == "hamcrest-core");
        Assert.Equal("1.3", hamcrest.Version);
        Assert.Equal("pkg:maven/org.hamcrest/hamcrest-core@1.3", hamcrest.Purl);
        // Concluded BSD-3-Clause wins over declared NOASSERTION.
        Assert.Equal("BSD-3-Clause", hamcrest.LicenseExpression);
        Assert.Single(hamcrest.Hashes);
        var faust = Assert.Single(sbom.Components, c => c.Name == "Faust Proprietary File");
        Assert.Equal(LicenseConcern.Unknown, LicenseOverview.ConcernOf(faust));
    }

    [Fact]
    public void SPDX_declared_licence_is_used_when_the_concluded_one_is_NOASSERTION()
    {
        // examplemaven: JUnit is concluded NOASSERTION, declared CPL-1.0; the four Log4j/SLF4J packages are
        // NOASSERTION in both.
        var sbom = SbomReader.Read(SbomTestData.Spdx("software", "example8", "spdx2.3", "examplemaven-0.0.1.spdx.json"));

        Assert.Equal("examplemaven", sbom.Subject?.Name);
        Assert.Equal(5, sbom.Components.Count);
        Assert.Equal("CPL-1.0", sbom.Components.Single(c => c.Name == "JUnit").LicenseExpression);
        var overview = LicenseOverview.Build(sbom.Components);
        var noAssertion = Assert.Single(overview, u => u.Concern == LicenseConcern.NoAssertion);
        Assert.Equal(4, noAssertion.Components.Count);
        Assert.Equal("NOASSERTION", noAssertion.License);
    }

    [Fact]
    public void Licence_overview_flags_missing_and_free_text_licences()
    {
        // Counted with Python over dropwizard's components: no licence entry 34; a license.name 20; SPDX ids or
        // expressions of them only 113 (osgi-resource-locator's "(CDDL-1.0 OR GPL-2.0-with-classpath-exception)"
        // among them); 65 components under Apache-2.0 alone.
        var sbom = SbomReader.Read(SbomTestData.Example("SBOM", "dropwizard-1.3.15", "bom.json"));

        var overview = LicenseOverview.Build(sbom.Components);

        Assert.Equal(34, overview.Where(u => u.Concern == LicenseConcern.Missing).Sum(u => u.Components.Count));
        Assert.Equal(20, overview.Where(u => u.Concern == LicenseConcern.Unknown).Sum(u => u.Components.Count));
        Assert.Equal(113, overview.Where(u => u.Concern == LicenseConcern.None).Sum(u => u.Components.Count));
        Assert.Equal(65, overview.Single(u => u.License == "Apache-2.0").Components.Count);
        Assert.NotEqual(LicenseConcern.None, overview[0].Concern);
    }

    [Fact]
    public void Two_versions_of_a_product_differ_in_seven_component_versions()
    {
        // Python, keyed by PURL without version: proton-bridge v1.6.3 → v1.8.0 has no added or removed
        // components, 7 version changes and no licence change.
        var older = SbomReader.Read(SbomTestData.Example("SBOM", "proton-bridge", "proton-bridge-v1.6.3.bom.json"));
        var newer = SbomReader.Read(SbomTestData.Example("SBOM", "proton-bridge", "proton-bridge-v1.8.0.bom.json"));

        var diff = SbomDiffer.Compare(older, newer);

        Assert.Equal(0, diff.Count(SbomChangeKind.Added));
        Assert.Equal(0, diff.Count(SbomChangeKind.Removed));
        Assert.Equal(7, diff.Changes.Count(c => c.VersionChanged));
        Assert.Equal(0, diff.Changes.Count(c => c.LicenseChanged));
        var quota = Assert.Single(diff.Changes, c => c.Purl?.StartsWith("pkg:golang/github.com/emersion/go-imap-quota@", StringComparison.Ordinal) == true);
        Assert.Equal("v0.0.0-20200423100218-dcfd1b7d2b41", quota.OldVersion);
        Assert.Equal("v0.0.0-20210203125329-619074823f3c", quota.NewVersion);
    }
}
