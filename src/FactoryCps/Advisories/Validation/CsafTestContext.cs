using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>The document under test and the findings so far; tests add to it with their id and a JSON pointer.</summary>
internal sealed class CsafTestContext(JsonElement root)
{
    private readonly List<CsafFinding> _findings = [];
    private List<ProductDefinition>? _definitions;
    private List<ProductBranch>? _branches;

    public JsonElement Root { get; } = root;

    public ProductIds Ids { get; } = new();

    public JsonElement Document => Root.Get("document") ?? default;

    public string Category => Document.Str("category") ?? "";

    public IReadOnlyList<CsafFinding> Findings => _findings;

    // Several tests walk the product tree; walking it once per document (with its pointers) is a large share of
    // the time saved on big advisories.
    public IReadOnlyList<ProductDefinition> ProductDefinitions => _definitions ??= [.. Validation.ProductReferences.Definitions(Root, Ids)];

    /// <summary>Streamed, not kept: a big advisory has tens of thousands of references, and two tests at most read them.</summary>
    public IEnumerable<(string Id, ReferencePath Path)> ProductReferences => Validation.ProductReferences.References(Root, Ids);

    public IReadOnlyList<ProductBranch> Branches => _branches ??= Validation.ProductReferences.Branches(Root);

    public void Report(string testId, Severity severity, string path, string key, params object?[] args) =>
        _findings.Add(new CsafFinding(testId, severity, path, new Message(key, args)));

    public IEnumerable<(JsonElement Vulnerability, string Path)> Vulnerabilities()
    {
        foreach (var (vulnerability, index) in Root.Indexed("vulnerabilities"))
        {
            yield return (vulnerability, $"/vulnerabilities/{index}");
        }
    }
}
