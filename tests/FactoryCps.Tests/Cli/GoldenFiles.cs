using System.Text.Json.Nodes;

namespace FactoryCps.Tests.Cli;

/// <summary>
/// Compares output with a reviewed file under tests/FactoryCps.Tests/Golden. Set FCPS_UPDATE_GOLDEN=1 to
/// rewrite the files after an intended change, then review the diff before committing it.
/// </summary>
internal static class GoldenFiles
{
    public static void AssertJson(string name, string actual)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "FactoryCps.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("FCPS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with FCPS_UPDATE_GOLDEN=1 to create it.");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        var parsed = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(expected, parsed), $"{name} differs from the golden file; diff it against the output and, if intended, update with FCPS_UPDATE_GOLDEN=1.");
    }
}
