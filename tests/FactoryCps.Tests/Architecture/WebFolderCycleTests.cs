namespace FactoryCps.Tests.Architecture;

public sealed class WebFolderCycleTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("fcps-cycles-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>
    /// The web's folders form a hierarchy: Data and Hosting at the bottom, then the stored sites (Sites) and audit
    /// log (Audit), Accounts, Security (the site access check), the API machinery, and the features above them;
    /// Sites/Pages and Audit/Pages sit above Security. Every folder is its own node, so a feature's sub-folders
    /// are layered too (docs/architecture.md gives the supplier folders' order).
    /// </summary>
    [Fact]
    public void The_web_folders_depend_on_each_other_without_a_cycle()
    {
        var cycles = FolderCycles.Find(Path.Combine(TestPaths.RepositoryRoot, "src", "FactoryCps.Web"), "FactoryCps.Web", depth: int.MaxValue);

        Assert.True(cycles.Count == 0, "Folder cycles in the web project:\n" + string.Join("\n\n", cycles));
    }

    [Fact]
    public void A_cycle_through_a_using_and_an_enclosing_namespace_is_found_and_named()
    {
        Write("Lower/Store.cs", "using App.Upper;\nnamespace App.Lower;\ninternal sealed class Store { Page? page; }\n");
        Write("Upper/Page.cs", "namespace App.Upper;\ninternal sealed class Page { App.Lower.Store? store; }\n");
        Write("Upper/Inner/Part.cs", "namespace App.Upper.Inner;\ninternal sealed class Part { Page? page; }\n");

        var cycle = Assert.Single(FolderCycles.Find(_scratch, "App", depth: 1));

        Assert.StartsWith("Lower <-> Upper", cycle, StringComparison.Ordinal);
        Assert.Contains("Lower -> Upper: Lower/Store.cs names Page", cycle, StringComparison.Ordinal);
        Assert.Contains("Upper -> Lower: Upper/Page.cs names App.Lower.Store", cycle, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_in_comments_and_strings_and_a_layered_order_are_no_cycle()
    {
        Write("Lower/Store.cs", "namespace App.Lower;\n// Page is above us.\ninternal sealed class Store { string s = \"Page\"; }\n");
        Write("Upper/Page.cs", "using App.Lower;\nnamespace App.Upper;\ninternal sealed class Page { Store? store; }\n");
        Write("Upper/View.cshtml", "@using App.Lower\n@model Store\n");

        Assert.Empty(FolderCycles.Find(_scratch, "App", depth: 1));
        Assert.Single(FolderCycles.Find(Write("Lower/Back.cshtml", "@using App.Upper\n@model Page\n"), "App", depth: 1));
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_scratch, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return _scratch;
    }
}
