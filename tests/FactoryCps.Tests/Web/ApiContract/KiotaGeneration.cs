namespace FactoryCps.Tests.Web.ApiContract;

/// <summary>
/// Kiota (the dotnet tool pinned in .config/dotnet-tools.json) generating the C# client of Client/ from a
/// document, exactly as docs/api.md tells a user to, so that a test can compare the checked-in client with it.
/// </summary>
internal static class KiotaGeneration
{
    /// <summary>Where the checked-in document and client are.</summary>
    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "FactoryCps.Tests", "Web", "ApiContract");

    /// <summary>Kiota's own log, written beside what it generates; not part of the client.</summary>
    public const string Log = ".kiota.log";

    /// <summary>No update check and no telemetry: CI reaches no network but the package registries.</summary>
    private static readonly Dictionary<string, string> Offline = new()
    {
        ["KIOTA_UPDATE_DISABLED"] = "true",
        ["KIOTA_TELEMETRY_OPTOUT"] = "true",
        ["KIOTA_OFFLINE_ENABLED"] = "true",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    /// <summary>Generates the client of <paramref name="document"/> into the folder Client beside it.</summary>
    public static async Task<string> GenerateAsync(string document)
    {
        var output = Path.Combine(Path.GetDirectoryName(document)!, "Client");
        var (exit, log) = await ExternalTool.RunAsync("dotnet", TestPaths.RepositoryRoot, Offline,
            "kiota", "generate", "--language", "CSharp", "--openapi", document, "--output", output,
            "--class-name", "FcpsApiClient", "--namespace-name", "FactoryCps.Tests.Web.ApiContract.Client",
            "--type-access-modifier", "Internal", "--exclude-backward-compatible", "--clean-output");
        Assert.True(exit == 0, $"kiota generate failed (after `dotnet tool restore`, which test.sh runs):\n{log}");
        return output;
    }

    /// <summary>The files of a generated client by their path within it, without Kiota's log.</summary>
    public static Dictionary<string, string> Files(string client) =>
        Directory.GetFiles(client, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != Log)
            .ToDictionary(f => Path.GetRelativePath(client, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
