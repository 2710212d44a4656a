using System.Text.Json.Nodes;
using FactoryCps.Localization;
using FactoryCps.Sboms;

namespace FactoryCps.Tests.Sboms;

/// <summary>Small hand-written SBOMs for the cases the public examples do not have, and for bad input.</summary>
public sealed class SbomReaderTests
{
    private const string SpdxDocument = """
        {
          "spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
          "name": "plc-firmware", "documentNamespace": "https://example.com/plc-firmware-1",
          "packages": [
            { "SPDXID": "SPDXRef-fw", "name": "plc-firmware", "versionInfo": "2.1", "supplier": "Organization: Maker A",
              "licenseConcluded": "NOASSERTION", "licenseDeclared": "NOASSERTION" },
            { "SPDXID": "SPDXRef-ssl", "name": "openssl", "versionInfo": "3.0.2", "supplier": "NOASSERTION",
              "originator": "Person: Jane Doe (jane@example.com)",
              "licenseConcluded": "Apache-2.0", "licenseDeclared": "NOASSERTION",
              "checksums": [ { "algorithm": "SHA256", "checksumValue": "abc123" } ],
              "externalRefs": [
                { "referenceCategory": "SECURITY", "referenceType": "cpe22Type", "referenceLocator": "cpe:/a:openssl:openssl:3.0.2" },
                { "referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:openssl:openssl:3.0.2:*:*:*:*:*:*:*" },
                { "referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:generic/openssl@3.0.2" } ] },
            { "SPDXID": "SPDXRef-blob", "name": "vendor-blob", "licenseConcluded": "NONE" }
          ],
          "relationships": [ { "spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-fw" } ]
        }
        """;

    private static SbomReadException ReadError(string content, string name = "bad.json") =>
        Assert.Throws<SbomReadException>(() => SbomReader.Read(SbomTestData.TempFile(name, content)));

    [Fact]
    public void SPDX_cpe23_purl_checksums_supplier_and_originator_are_read()
    {
        var sbom = SbomReader.Read(SbomTestData.TempFile("fw.spdx.json", SpdxDocument));

        Assert.Equal("plc-firmware", sbom.Subject?.Name);
        Assert.Equal("Maker A", sbom.Subject?.Supplier);
        Assert.Equal(2, sbom.Components.Count);
        var ssl = sbom.Components[0];
        Assert.Equal("cpe:2.3:a:openssl:openssl:3.0.2:*:*:*:*:*:*:*", ssl.Cpe);
        Assert.Equal("pkg:generic/openssl@3.0.2", ssl.Purl);
        Assert.Equal([new SbomHash("SHA256", "abc123")], ssl.Hashes);
        Assert.Null(ssl.Supplier);
        Assert.Equal("Jane Doe (jane@example.com)", ssl.Author);
        Assert.Equal("$.packages[1]", ssl.Path);
    }

    [Fact]
    public void SPDX_NONE_is_a_known_answer_and_NOASSERTION_is_flagged()
    {
        var sbom = SbomReader.Read(SbomTestData.TempFile("fw.spdx.json", SpdxDocument));

        var blob = sbom.Components.Single(c => c.Name == "vendor-blob");
        Assert.Equal([new SbomLicense("NONE", SbomLicenseKind.None)], blob.Licenses);
        Assert.Equal(LicenseConcern.None, LicenseOverview.ConcernOf(blob));
        Assert.Equal(LicenseConcern.NoAssertion, LicenseOverview.ConcernOf(sbom.Subject!));
    }

    [Fact]
    public void SPDX_cpe22_is_used_when_there_is_no_cpe23()
    {
        var content = SpdxDocument.Replace("""{ "referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:openssl:openssl:3.0.2:*:*:*:*:*:*:*" },""", "", StringComparison.Ordinal);

        var sbom = SbomReader.Read(SbomTestData.TempFile("fw.spdx.json", content));

        Assert.Equal("cpe:/a:openssl:openssl:3.0.2", sbom.Components[0].Cpe);
    }

    [Theory]
    [InlineData("dataLicense", "$.dataLicense")]
    [InlineData("documentNamespace", "$.documentNamespace")]
    [InlineData("name", "$.name")]
    [InlineData("SPDXID", "$.packages[2].SPDXID")]
    public void SPDX_required_fields_are_checked(string field, string path)
    {
        var document = JsonNode.Parse(SpdxDocument)!.AsObject();
        var owner = path.StartsWith("$.packages[2]", StringComparison.Ordinal) ? document["packages"]![2]!.AsObject() : document;
        owner.Remove(field);

        var error = ReadError(document.ToJsonString());

        Assert.Equal("SbomMissingField", error.Reason.Key);
        Assert.Equal(field, error.Reason.Args[0]);
        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void SPDX_wrong_version_is_refused()
    {
        var error = ReadError(SpdxDocument.Replace("SPDX-2.3", "SPDX-2.1", StringComparison.Ordinal));

        Assert.Equal("SbomSpdxVersionUnsupported", error.Reason.Key);
        Assert.Equal("$.spdxVersion", error.JsonPath);
    }

    [Fact]
    public void SPDX_field_of_the_wrong_type_names_its_path()
    {
        var error = ReadError(SpdxDocument.Replace("\"versionInfo\": \"3.0.2\"", "\"versionInfo\": 3", StringComparison.Ordinal));

        Assert.Equal("SbomExpectedString", error.Reason.Key);
        Assert.Equal("$.packages[1].versionInfo", error.JsonPath);
    }

    [Fact]
    public void Malformed_JSON_reports_line_and_column_in_both_languages()
    {
        var path = SbomTestData.TempFile("broken.json", "{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \n}");

        var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(path));

        Assert.Equal("SbomMalformedJson", error.Reason.Key);
        Assert.Equal("4:1", error.Reason.Args[0]);
        Assert.StartsWith($"{path}: not valid JSON at line:column 4:1: ", error.Render(Language.En), StringComparison.Ordinal);
        Assert.StartsWith($"{path}: JSON として不正です（行:列 4:1）: ", error.Render(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_as_too_deep_with_where()
    {
        var depth = SbomReader.MaxDepth + 1;
        var error = ReadError("{\n \"a\": " + string.Concat(Enumerable.Repeat("[", depth - 1)) + string.Concat(Enumerable.Repeat("]", depth - 1)) + "}");

        Assert.Equal("SbomTooDeep", error.Reason.Key);
        Assert.Equal(SbomReader.MaxDepth, error.Reason.Args[0]);
        // The first bracket too many: line 2, after ' "a": ' and MaxDepth - 1 brackets.
        Assert.Equal($"2:{7 + SbomReader.MaxDepth - 1}", error.Reason.Args[1]);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = SbomReader.MaxDepth;
        var error = ReadError(string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)));

        // Not too deep: refused for what it is, an array instead of an SBOM object.
        Assert.Equal("SbomExpectedObject", error.Reason.Key);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var path = SbomTestData.TempFile("huge.json", "");
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(SbomReader.MaxFileBytes + 1);
        }

        var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(path));

        Assert.Equal("SbomFileTooLarge", error.Reason.Key);
        Assert.Equal(SbomReader.MaxFileBytes + 1, error.Reason.Args[0]);
    }

    [Theory]
    [InlineData("[]", "SbomExpectedObject")]
    [InlineData("{\"hello\": 1}", "SbomUnknownFormat")]
    [InlineData("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.1\"}", "SbomCycloneDxVersionUnsupported")]
    [InlineData("{\"bomFormat\": \"CycloneDX\"}", "SbomMissingField")]
    public void Documents_that_are_no_supported_SBOM_are_refused(string content, string key)
    {
        Assert.Equal(key, ReadError(content).Reason.Key);
    }

    [Fact]
    public void A_missing_file_is_reported_as_such()
    {
        var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(Path.Combine(Path.GetTempPath(), "no-such-sbom-" + Guid.NewGuid() + ".json")));

        Assert.Equal("SbomFileNotFound", error.Reason.Key);
    }

    [Fact]
    public void CycloneDX_16_authors_licence_names_expressions_and_nested_metadata_components_are_read()
    {
        var path = SbomTestData.TempFile("gw.cdx.json", """
            {
              "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
              "metadata": { "component": { "type": "device", "name": "gateway", "version": "4.2",
                "components": [ { "type": "firmware", "name": "gw-firmware", "version": "4.2.1" } ] } },
              "components": [
                { "type": "library", "name": "zlib", "version": "1.3", "authors": [ { "name": "Jean-loup Gailly" }, { "name": "Mark Adler" } ],
                  "supplier": { "name": "zlib project" },
                  "licenses": [ { "license": { "name": "zlib licence" } } ] },
                { "type": "library", "name": "busybox", "version": "1.36", "cpe": "cpe:2.3:a:busybox:busybox:1.36:*:*:*:*:*:*:*",
                  "licenses": [ { "expression": "GPL-2.0-only WITH Linux-syscall-note" } ],
                  "components": [ { "type": "library", "name": "libbb" } ] }
              ]
            }
            """);

        var sbom = SbomReader.Read(path);

        Assert.Equal("gateway", sbom.Subject?.Name);
        Assert.Equal(["gw-firmware", "zlib", "busybox", "libbb"], sbom.Components.Select(c => c.Name));
        Assert.Equal("$.metadata.component.components[0]", sbom.Components[0].Path);
        Assert.Equal("$.components[1].components[0]", sbom.Components[3].Path);
        var zlib = sbom.Components[1];
        Assert.Equal("Jean-loup Gailly, Mark Adler", zlib.Author);
        Assert.Equal("zlib project", zlib.Supplier);
        Assert.Equal(LicenseConcern.Unknown, LicenseOverview.ConcernOf(zlib));
        var busybox = sbom.Components[2];
        Assert.Equal("cpe:2.3:a:busybox:busybox:1.36:*:*:*:*:*:*:*", busybox.Cpe);
        Assert.Equal("GPL-2.0-only WITH Linux-syscall-note", busybox.LicenseExpression);
        Assert.Equal(LicenseConcern.None, LicenseOverview.ConcernOf(busybox));
        Assert.Equal(LicenseConcern.Missing, LicenseOverview.ConcernOf(sbom.Components[3]));
    }

    [Theory]
    // Both forms occur in bom-examples' OBOM; iri-reference is not asserted (see CycloneDxSchemas).
    [InlineData("http://github.com/x/y/tree/${project.scm.tag}/")]
    [InlineData("http://www.apache.org/licenses/LICENSE-2.0.txt and http://www.opensource.org/licenses/cddl1.txt")]
    public void Free_text_in_licence_URLs_is_tolerated(string url)
    {
        var path = SbomTestData.TempFile("url.cdx.json", $$"""
            { "bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
              "components": [ { "type": "library", "name": "x", "licenses": [ { "license": { "name": "X", "url": "{{url}}" } } ] } ] }
            """);

        Assert.Single(SbomReader.Read(path).Components);
    }

    [Fact]
    public void A_schema_error_inside_a_oneOf_points_at_the_deepest_violation()
    {
        // A licence entry is oneOf {license} / {expression}; the bad id inside "license" is the real problem,
        // not the "expression is required" of the branch that does not apply.
        var path = SbomTestData.TempFile("bad-id.cdx.json", """
            { "bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
              "components": [ { "type": "library", "name": "x", "licenses": [ { "license": { "id": "Not-A-Licence" } } ] } ] }
            """);

        var error = Assert.Throws<SbomReadException>(() => SbomReader.Read(path));

        Assert.Equal("SbomSchemaInvalid", error.Reason.Key);
        Assert.Equal("$.components[0].licenses[0].license.id", error.JsonPath);
    }

    [Theory]
    [InlineData("MIT", true)]
    [InlineData("(MIT OR Apache-2.0) AND BSD-3-Clause", true)]
    [InlineData("GPL-2.0+", true)]
    [InlineData("mit", true)]
    [InlineData("LicenseRef-Golang-BSD-plus-Patents", false)]
    [InlineData("MIT AND Proprietary", false)]
    [InlineData("", false)]
    public void Expressions_are_known_only_when_every_licence_is_on_the_SPDX_list(string expression, bool known)
    {
        Assert.Equal(known, LicenseOverview.IsKnownExpression(expression));
    }
}
