namespace FactoryCps.Tests.Web.ApiContract;

/// <summary>
/// The served OpenAPI document passes Redocly's recommended lint (tools/openapi-lint pins the CLI): a document
/// with errors makes generated clients wrong, such as a path parameter no operation declares.
/// </summary>
public sealed class OpenApiLintTests
{
    [Fact]
    public async Task The_served_document_has_no_lint_errors()
    {
        var tool = Path.Combine(TestPaths.RepositoryRoot, "tools", "openapi-lint");
        Assert.True(File.Exists(Path.Combine(tool, "node_modules", "@redocly", "cli", "package.json")),
            $"Redocly CLI is not installed: run `npm ci` in {tool} (test.sh does it; it needs node and npm).");
        var document = Path.Combine(Directory.CreateTempSubdirectory("fcps-openapi-").FullName, "openapi.json");
        await File.WriteAllTextAsync(document, await ServedDocument.ReadAsync(), TestContext.Current.CancellationToken);

        // No telemetry or update check: CI has no network but the package registries.
        var (exit, output) = await ExternalTool.RunAsync("npx", tool, new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
            "--no-install", "redocly", "lint", "--config", "redocly.yaml", "--format", "stylish", document);

        TestContext.Current.TestOutputHelper?.WriteLine(output); // the warnings
        Assert.True(exit == 0, $"redocly lint found errors in {document}:\n{output}");
        Directory.Delete(Path.GetDirectoryName(document)!, recursive: true);
    }
}
