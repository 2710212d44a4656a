using System.Text.Json;

namespace FactoryCps.Advisories;

/// <summary>Builds the <see cref="CsafDocument"/> model from parsed JSON; missing fields become empty values.</summary>
internal static class CsafModelReader
{
    public static CsafDocument Read(JsonElement root)
    {
        var document = root.Get("document") ?? default;
        var publisher = document.Get("publisher") ?? default;
        var tracking = document.Get("tracking") ?? default;
        return new CsafDocument(
            document.Str("category") ?? "",
            document.Str("title") ?? "",
            document.Str("lang"),
            new CsafPublisher(publisher.Str("name") ?? "", publisher.Str("category") ?? "", publisher.Str("namespace") ?? ""),
            new CsafTracking(
                tracking.Str("id") ?? "",
                tracking.Str("version") ?? "",
                tracking.Str("status") ?? "",
                tracking.Date("initial_release_date"),
                tracking.Date("current_release_date"),
                [.. tracking.Items("revision_history").Select(r => new CsafRevision(r.Str("number") ?? "", r.Date("date"), r.Str("summary") ?? ""))]),
            root.Get("product_tree") is { } tree ? ProductTree(tree) : CsafProductTree.Empty,
            [.. root.Items("vulnerabilities").Select(Vulnerability)]);
    }

    private static CsafProductTree ProductTree(JsonElement tree) => new(
        [.. tree.Items("branches").Select(Branch)],
        [.. tree.Items("full_product_names").Select(Product)],
        [.. tree.Items("relationships").Select(r => new CsafRelationship(
            r.Str("category") ?? "",
            r.Str("product_reference") ?? "",
            r.Str("relates_to_product_reference") ?? "",
            Product(r.Get("full_product_name") ?? default)))],
        [.. tree.Items("product_groups").Select(g => new CsafProductGroup(g.Str("group_id") ?? "", g.Strings("product_ids")))]);

    private static CsafBranch Branch(JsonElement branch) => new(
        branch.Str("category") ?? "",
        branch.Str("name") ?? "",
        branch.Get("product") is { } product ? Product(product) : null,
        [.. branch.Items("branches").Select(Branch)]);

    private static CsafProduct Product(JsonElement product)
    {
        var helper = product.Get("product_identification_helper");
        return new CsafProduct(
            product.Str("product_id") ?? "",
            product.Str("name") ?? "",
            helper is { } h ? new CsafProductHelper(h.Str("cpe"), h.Str("purl"), h.Strings("model_numbers"), h.Strings("skus")) : null);
    }

    private static CsafVulnerability Vulnerability(JsonElement vulnerability)
    {
        var status = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (vulnerability.Get("product_status") is { ValueKind: JsonValueKind.Object } productStatus)
        {
            foreach (var property in productStatus.EnumerateObject())
            {
                status[property.Name] = productStatus.Strings(property.Name);
            }
        }

        var cwe = vulnerability.Get("cwe") ?? default;
        return new CsafVulnerability(
            vulnerability.Str("cve"),
            cwe.Str("id"),
            cwe.Str("name"),
            vulnerability.Str("title"),
            status,
            [.. vulnerability.Items("scores").SelectMany(Scores)],
            [.. vulnerability.Items("remediations").Select(r => new CsafRemediation(r.Str("category") ?? "", r.Str("details") ?? "", r.Strings("product_ids"), r.Strings("group_ids")))])
        {
            Flags = [.. vulnerability.Items("flags").Select(f => new CsafFlag(f.Str("label") ?? "", f.Strings("product_ids"), f.Strings("group_ids")))],
            Threats = [.. vulnerability.Items("threats").Select(t => new CsafThreat(t.Str("category") ?? "", t.Str("details") ?? "", t.Strings("product_ids"), t.Strings("group_ids")))],
        };
    }

    private static IEnumerable<CsafScore> Scores(JsonElement score)
    {
        var products = score.Strings("products");
        foreach (var (name, isV3) in new[] { ("cvss_v3", true), ("cvss_v2", false) })
        {
            if (score.Get(name) is { ValueKind: JsonValueKind.Object } cvss)
            {
                var baseScore = cvss.Get("baseScore") is { ValueKind: JsonValueKind.Number } number ? number.GetDouble() : double.NaN;
                yield return new CsafScore(products, cvss.Str("version") ?? "", cvss.Str("vectorString") ?? "", baseScore, cvss.Str("baseSeverity"), isV3);
            }
        }
    }
}
