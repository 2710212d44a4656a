using FactoryCps.Sboms;

namespace FactoryCps.Tests.Sboms;

public sealed class SbomDiffTests
{
    private static SbomComponent Component(string name, string? version, string? purl = null, string? license = null) =>
        new(name, version, null, "library", purl, null, license is null ? [] : [new SbomLicense(license, SbomLicenseKind.SpdxId)], [], null, null, "$");

    private static Sbom Of(params SbomComponent[] components) => new(SbomFormat.CycloneDx, "1.6", "p", null, components);

    [Fact]
    public void Added_removed_version_and_licence_changes_are_found()
    {
        var older = Of(
            Component("openssl", "3.0.2", "pkg:generic/openssl@3.0.2", "Apache-2.0"),
            Component("zlib", "1.2.13", license: "Zlib"),
            Component("busybox", "1.35", license: "GPL-2.0-only"));
        var newer = Of(
            Component("openssl", "3.0.13", "pkg:generic/openssl@3.0.13", "Apache-2.0"),
            Component("zlib", "1.2.13", license: "MIT"),
            Component("curl", "8.5.0", license: "curl"));

        var diff = SbomDiffer.Compare(older, newer);

        Assert.Equal(
            [
                (SbomChangeKind.Removed, "busybox", "1.35", (string?)null),
                (SbomChangeKind.Added, "curl", null, "8.5.0"),
                (SbomChangeKind.Changed, "openssl", "3.0.2", "3.0.13"),
                (SbomChangeKind.Changed, "zlib", "1.2.13", "1.2.13"),
            ],
            diff.Changes.Select(c => (c.Kind, c.Name, c.OldVersion, c.NewVersion)));
        Assert.True(diff.Changes[2].VersionChanged);
        Assert.False(diff.Changes[2].LicenseChanged);
        Assert.False(diff.Changes[3].VersionChanged);
        Assert.True(diff.Changes[3].LicenseChanged);
        Assert.Equal(("Zlib", "MIT"), (diff.Changes[3].OldLicense, diff.Changes[3].NewLicense));
    }

    [Fact]
    public void A_package_in_several_versions_pairs_only_when_one_version_is_left_on_each_side()
    {
        var older = Of(Component("lodash", "4.17.15", "pkg:npm/lodash@4.17.15"), Component("lodash", "3.10.1", "pkg:npm/lodash@3.10.1"));
        var newer = Of(Component("lodash", "4.17.21", "pkg:npm/lodash@4.17.21"), Component("lodash", "3.10.1", "pkg:npm/lodash@3.10.1"));
        var newest = Of(Component("lodash", "4.17.21", "pkg:npm/lodash@4.17.21"), Component("lodash", "4.0.0", "pkg:npm/lodash@4.0.0"));

        var update = Assert.Single(SbomDiffer.Compare(older, newer).Changes);
        var unclear = SbomDiffer.Compare(older, newest).Changes;

        Assert.Equal((SbomChangeKind.Changed, "4.17.15", "4.17.21"), (update.Kind, update.OldVersion, update.NewVersion));
        Assert.Equal(4, unclear.Count);
        Assert.Equal(2, unclear.Count(c => c.Kind == SbomChangeKind.Removed));
        Assert.Equal(2, unclear.Count(c => c.Kind == SbomChangeKind.Added));
    }

    [Fact]
    public void Identical_SBOMs_have_no_changes()
    {
        var sbom = Of(Component("openssl", "3.0.2", "pkg:generic/openssl@3.0.2", "Apache-2.0"));

        Assert.Empty(SbomDiffer.Compare(sbom, sbom).Changes);
    }

    [Theory]
    [InlineData("pkg:npm/%40angular/core@16.2.0?type=module#src", "pkg:npm/%40angular/core")]
    [InlineData("pkg:npm/@angular/core@16.2.0", "pkg:npm/@angular/core")]
    [InlineData("pkg:npm/@angular/core", "pkg:npm/@angular/core")]
    [InlineData("pkg:Maven/org.slf4j/slf4j-api", "pkg:maven/org.slf4j/slf4j-api")]
    public void The_version_is_cut_from_a_purl_but_not_an_npm_scope(string purl, string expected)
    {
        Assert.Equal(expected, SbomDiffer.PurlWithoutVersion(purl));
    }
}
