using System.Text.Json;

namespace FactoryCps.Advisories.Validation;

/// <summary>Where a CSAF document defines and references product ids and product group ids (section 3.1.7, 3.1.8).</summary>
internal static class ProductReferences
{
    private static readonly string[] RelationshipReferences = ["product_reference", "relates_to_product_reference"];

    private static readonly string[] GroupReferenceLists = ["remediations", "threats", "flags"];

    private static readonly (string List, string Field)[] VulnerabilityReferences =
        [("remediations", "product_ids"), ("scores", "products"), ("threats", "product_ids"), ("flags", "product_ids")];

    /// <summary>Every product_id definition: branch products, full_product_names and relationship products.</summary>
    public static IEnumerable<ProductDefinition> Definitions(JsonElement root, ProductIds ids)
    {
        if (root.Get("product_tree") is not { } tree)
        {
            yield break;
        }

        foreach (var (branch, index) in tree.Indexed("branches"))
        {
            foreach (var found in BranchProducts(branch, new TreePointer(null, index), ids))
            {
                yield return found;
            }
        }

        foreach (var (product, index) in tree.Indexed("full_product_names"))
        {
            yield return new(ids.Property(product, "product_id") ?? "", new ProductPointer(null, "/product_tree/full_product_names", index, null), product);
        }

        foreach (var (relationship, index) in tree.Indexed("relationships"))
        {
            if (relationship.Get("full_product_name") is { } product)
            {
                yield return new(ids.Property(product, "product_id") ?? "", new ProductPointer(null, "/product_tree/relationships", index, "full_product_name"), product);
            }
        }
    }

    /// <summary>Branches with their pointer, depth first, for tests on branch names.</summary>
    public static List<ProductBranch> Branches(JsonElement root)
    {
        var found = new List<ProductBranch>();
        if (root.Get("product_tree") is { } tree)
        {
            Walk(tree, null, found);
        }

        return found;

        static void Walk(JsonElement owner, TreePointer? path, List<ProductBranch> found)
        {
            foreach (var (branch, index) in owner.Indexed("branches"))
            {
                var pointer = new TreePointer(path, index);
                found.Add(new(branch, pointer));
                Walk(branch, pointer, found);
            }
        }
    }

    /// <summary>Every place a product id is used rather than defined.</summary>
    public static IEnumerable<(string Id, ReferencePath Path)> References(JsonElement root, ProductIds ids)
    {
        if (root.Get("product_tree") is { } tree)
        {
            foreach (var (group, index) in tree.Indexed("product_groups"))
            {
                foreach (var (id, item) in ids.Indexed(group, "product_ids"))
                {
                    yield return (id, new ReferencePath("/product_tree/product_groups", index, "product_ids", item));
                }
            }

            foreach (var (relationship, index) in tree.Indexed("relationships"))
            {
                foreach (var name in RelationshipReferences)
                {
                    if (ids.Property(relationship, name) is { } id)
                    {
                        yield return (id, new ReferencePath("/product_tree/relationships", index, name));
                    }
                }
            }
        }

        foreach (var (vulnerability, index) in root.Indexed("vulnerabilities"))
        {
            if (vulnerability.Get("product_status") is { ValueKind: JsonValueKind.Object } status)
            {
                foreach (var property in status.EnumerateObject())
                {
                    foreach (var (id, item) in ids.Indexed(status, property.Name))
                    {
                        yield return (id, new ReferencePath("/vulnerabilities", index, "product_status", Tail: property.Name, C: item));
                    }
                }
            }

            foreach (var (list, field) in VulnerabilityReferences)
            {
                foreach (var (entry, entryIndex) in vulnerability.Indexed(list))
                {
                    foreach (var (id, item) in ids.Indexed(entry, field))
                    {
                        yield return (id, new ReferencePath("/vulnerabilities", index, list, entryIndex, field, item));
                    }
                }
            }
        }
    }

    /// <summary>Every place a product group id is used.</summary>
    public static IEnumerable<(string Id, ReferencePath Path)> GroupReferences(JsonElement root, ProductIds ids)
    {
        foreach (var (vulnerability, index) in root.Indexed("vulnerabilities"))
        {
            foreach (var list in GroupReferenceLists)
            {
                foreach (var (entry, entryIndex) in vulnerability.Indexed(list))
                {
                    foreach (var (id, item) in ids.Indexed(entry, "group_ids"))
                    {
                        yield return (id, new ReferencePath("/vulnerabilities", index, list, entryIndex, "group_ids", item));
                    }
                }
            }
        }
    }

    public static IEnumerable<(string Id, string Path)> GroupDefinitions(JsonElement root)
    {
        if (root.Get("product_tree") is { } tree)
        {
            foreach (var (group, index) in tree.Indexed("product_groups"))
            {
                yield return (group.Str("group_id") ?? "", $"/product_tree/product_groups/{index}/group_id");
            }
        }
    }

    /// <summary>Group id → its product ids, for tests that count a product reached through a group.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Groups(JsonElement root, ProductIds ids)
    {
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Get("product_tree") is { } tree)
        {
            foreach (var group in tree.Items("product_groups"))
            {
                groups.TryAdd(ids.Property(group, "group_id") ?? "", ids.All(group, "product_ids"));
            }
        }

        return groups;
    }

    /// <summary>The products an entry (remediation, flag, threat) covers: its product_ids plus the members of its groups.</summary>
    public static IEnumerable<string> Covered(JsonElement entry, IReadOnlyDictionary<string, IReadOnlyList<string>> groups, ProductIds ids) =>
        ids.All(entry, "product_ids").Concat(ids.All(entry, "group_ids").SelectMany(g => groups.TryGetValue(g, out var ids) ? ids : [])).Distinct(StringComparer.Ordinal);

    private static IEnumerable<ProductDefinition> BranchProducts(JsonElement branch, TreePointer path, ProductIds ids)
    {
        if (branch.Get("product") is { } product)
        {
            yield return new(ids.Property(product, "product_id") ?? "", new ProductPointer(path, null, 0, null), product);
        }

        foreach (var (child, index) in branch.Indexed("branches"))
        {
            foreach (var found in BranchProducts(child, new TreePointer(path, index), ids))
            {
                yield return found;
            }
        }
    }
}
