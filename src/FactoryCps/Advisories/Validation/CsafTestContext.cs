using System.Text.Json;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>The document under test and the findings so far; tests add to it with their id and a JSON pointer.</summary>
internal sealed class CsafTestContext(JsonElement root)
{
    private readonly List<CsafFinding> _findings = [];

    public JsonElement Root { get; } = root;

    public JsonElement Document => Root.Get("document") ?? default;

    public string Category => Document.Str("category") ?? "";

    public IReadOnlyList<CsafFinding> Findings => _findings;

    public void Report(string testId, Severity severity, string path, string key, params object?[] args) =>
        _findings.Add(new CsafFinding(testId, severity, path, new Message(key, args)));

    public IEnumerable<(JsonElement Vulnerability, string Path)> Vulnerabilities() =>
        Root.Indexed("vulnerabilities").Select(v => (v.Item, $"/vulnerabilities/{v.Index}"));
}
