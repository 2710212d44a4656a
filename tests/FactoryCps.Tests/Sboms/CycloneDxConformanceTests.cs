using System.Text.Json;
using FactoryCps.Sboms;

namespace FactoryCps.Tests.Sboms;

/// <summary>
/// The CycloneDX specification's own schema test files: <c>valid-*</c> must be accepted and <c>invalid-*</c>
/// rejected by the schema of the version in the file name (<c>skip_*</c> files are ignored upstream too).
/// </summary>
public sealed class CycloneDxConformanceTests
{
    public static TheoryData<string, string> TestFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (version, name) in Files())
        {
            data.Add(version, name);
        }

        return data;
    }

    private static List<(string Version, string Name)> Files()
    {
        var data = new List<(string, string)>();
        foreach (var version in CycloneDxSchemas.SupportedVersions)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SbomTestData.CycloneDxTests, version), "*.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith("valid-", StringComparison.Ordinal) || name.StartsWith("invalid-", StringComparison.Ordinal))
                {
                    data.Add((version, name));
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_supported_version_has_its_upstream_test_files()
    {
        // The counts in shared/data/README.md; a lost file would otherwise just mean fewer theory cases.
        var expected = new Dictionary<string, (int Valid, int Invalid)>
        {
            ["1.2"] = (21, 19),
            ["1.3"] = (26, 22),
            ["1.4"] = (29, 22),
            ["1.5"] = (36, 22),
            ["1.6"] = (45, 25),
        };
        var files = Files();

        foreach (var (version, (valid, invalid)) in expected)
        {
            Assert.Equal(valid, files.Count(f => f.Version == version && f.Name.StartsWith("valid-", StringComparison.Ordinal)));
            Assert.Equal(invalid, files.Count(f => f.Version == version && f.Name.StartsWith("invalid-", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void Schema_verdict_matches_the_file_name(string version, string name)
    {
        var path = Path.Combine(SbomTestData.CycloneDxTests, version, name);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));

        var violations = CycloneDxSchemas.Validate(document.RootElement, version);

        if (name.StartsWith("valid-", StringComparison.Ordinal))
        {
            Assert.Empty(violations);
        }
        else
        {
            Assert.NotEmpty(violations);
        }
    }

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void Reader_accepts_valid_files_and_rejects_invalid_ones_with_the_schema_error(string version, string name)
    {
        var path = Path.Combine(SbomTestData.CycloneDxTests, version, name);

        if (name.StartsWith("valid-", StringComparison.Ordinal))
        {
            var sbom = SbomReader.Read(path);
            Assert.Equal(SbomFormat.CycloneDx, sbom.Format);
            Assert.Equal(version, sbom.SpecVersion);
        }
        else
        {
            var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(path));
            // The bomFormat test files are not CycloneDX at all by their own word, so the format is not recognised;
            // every other invalid file must fail on the schema of its version.
            var expected = name.StartsWith("invalid-bomformat-", StringComparison.Ordinal) ? "SbomUnknownFormat" : "SbomSchemaInvalid";
            Assert.Equal(expected, error.Reason.Key);
            Assert.Equal(path, error.File);
            Assert.StartsWith("$", error.JsonPath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_errors_name_the_json_path_of_the_violation()
    {
        var path = Path.Combine(SbomTestData.CycloneDxTests, "1.4", "invalid-component-type-1.4.json");

        var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(path));

        Assert.Equal("SbomSchemaInvalid", error.Reason.Key);
        Assert.Equal("$.components[0].type", error.JsonPath);
        Assert.Equal("1.4", error.Reason.Args[0]);
    }

    [Fact]
    public void Version_17_is_refused_with_the_supported_versions_named()
    {
        var file = Directory.GetFiles(Path.Combine(SbomTestData.CycloneDxTests, "1.7"), "valid-*.json").Order(StringComparer.Ordinal).First();

        var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(file));

        Assert.Equal("SbomCycloneDxVersionUnsupported", error.Reason.Key);
        Assert.Equal("$.specVersion", error.JsonPath);
        Assert.Equal("CycloneDX specVersion '1.7' is not supported (supported: 1.2, 1.3, 1.4, 1.5, 1.6)", error.Reason.Render(FactoryCps.Localization.Language.En));
    }
}
