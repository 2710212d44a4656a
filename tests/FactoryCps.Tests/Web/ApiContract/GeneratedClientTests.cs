using System.Text.Json.Nodes;

namespace FactoryCps.Tests.Web.ApiContract;

/// <summary>
/// The C# client Kiota generates from the served document is checked in (Client/, with the document it was made
/// from) and compiled with the tests, so that the tests that use it are ordinary code; this test keeps both
/// current. After a change to the API, run it with FCPS_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GeneratedClientTests
{
    [Fact]
    public async Task The_checked_in_document_and_client_are_what_the_server_and_Kiota_make_now()
    {
        var served = await ServedDocument.ReadAsync();
        var work = Directory.CreateTempSubdirectory("fcps-kiota-").FullName;
        var document = Path.Combine(work, "openapi.json");
        await File.WriteAllTextAsync(document, served, TestContext.Current.CancellationToken);
        var generated = await KiotaGeneration.GenerateAsync(document);

        var checkedIn = Path.Combine(KiotaGeneration.Folder, "Client");
        var golden = Path.Combine(KiotaGeneration.Folder, "openapi.json");
        if (Environment.GetEnvironmentVariable("FCPS_UPDATE_GOLDEN") == "1")
        {
            File.Copy(document, golden, overwrite: true);
            if (Directory.Exists(checkedIn))
            {
                Directory.Delete(checkedIn, recursive: true);
            }

            foreach (var (path, text) in KiotaGeneration.Files(generated))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(checkedIn, path))!);
                File.WriteAllText(Path.Combine(checkedIn, path), text);
            }
        }

        Assert.True(File.Exists(golden) && JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(golden)), JsonNode.Parse(served)),
            $"{golden} is not the document the server serves ({document}); if the API changed on purpose, run this test with FCPS_UPDATE_GOLDEN=1 and review the diff.");
        var expected = KiotaGeneration.Files(generated);
        var actual = Directory.Exists(checkedIn) ? KiotaGeneration.Files(checkedIn) : [];
        var differing = expected.Keys.Union(actual.Keys).Where(p => expected.GetValueOrDefault(p) != actual.GetValueOrDefault(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0,
            $"The checked-in client differs from Kiota's output in {generated}: {string.Join(", ", differing.Take(10))}; run this test with FCPS_UPDATE_GOLDEN=1 and review the diff.");
        Directory.Delete(work, recursive: true);
    }
}
