using System.Text.Json;

namespace FactoryCps.Tests.Browser.Axe;

/// <summary>
/// The vendored axe-core is the one npm's lock file pins (tools/axe-core), whole, with its licences. To refresh it:
/// change the version in tools/axe-core/package.json, run <c>npm install</c> there (which rewrites the lock file),
/// copy <c>axe.min.js</c>, <c>LICENSE</c> and <c>LICENSE-3RD-PARTY.txt</c> from its node_modules/axe-core into
/// tests/FactoryCps.Tests/Browser/Axe/ and write the version into VERSION (docs/web.md, "Accessibility").
/// </summary>
public sealed class AxeVendoringTests
{
    private static readonly string Vendored = Path.Combine(TestPaths.RepositoryRoot, "tests", "FactoryCps.Tests", "Browser", "Axe");
    private static readonly string Tool = Path.Combine(TestPaths.RepositoryRoot, "tools", "axe-core");

    [Fact]
    public void The_vendored_axe_is_the_version_the_lock_file_pins()
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool, "package-lock.json")));
        var pinned = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/axe-core").GetProperty("version").GetString();
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool, "package.json")));
        Assert.Equal(pinned, package.RootElement.GetProperty("devDependencies").GetProperty("axe-core").GetString());

        Assert.Equal(pinned, File.ReadAllText(Path.Combine(Vendored, "VERSION")).Trim());
        using var script = new StreamReader(Path.Combine(Vendored, "axe.min.js"));
        Assert.Equal($"/*! axe v{pinned}", script.ReadLine());
        Assert.StartsWith("Mozilla Public License, version 2.0", File.ReadAllText(Path.Combine(Vendored, "LICENSE")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Vendored, "LICENSE-3RD-PARTY.txt")), "axe bundles MIT-licensed parts; their notice travels with it");
    }

    [Fact]
    public void The_vendored_axe_is_the_installed_one_byte_for_byte()
    {
        var installed = Path.Combine(Tool, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(installed), $"axe-core is not installed: run `npm ci` in {Tool} (test.sh does it; it needs node and npm).");
        Assert.Equal(File.ReadAllBytes(installed), File.ReadAllBytes(Path.Combine(Vendored, "axe.min.js")));
    }

    [Fact]
    public void The_application_serves_nothing_of_axe()
    {
        var wwwroot = Path.Combine(TestPaths.RepositoryRoot, "src", "FactoryCps.Web", "wwwroot");
        Assert.DoesNotContain(Directory.EnumerateFiles(wwwroot, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith("axe", StringComparison.OrdinalIgnoreCase));
    }
}
