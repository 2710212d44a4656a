using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>CSAF 2.0 mandatory tests 6.1.1–6.1.5: product and group ids are defined once and used only when defined.</summary>
internal static class ProductIdTests
{
    public static void MissingDefinition(CsafTestContext context)
    {
        var defined = context.ProductDefinitions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, path) in context.ProductReferences)
        {
            if (!defined.Contains(id))
            {
                context.Report("6.1.1", Severity.Error, path.ToString(), "Csaf_6_1_1", id);
            }
        }
    }

    public static void MultipleDefinition(CsafTestContext context)
    {
        foreach (var duplicate in context.ProductDefinitions.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var (id, path, _) in duplicate.Skip(1))
            {
                context.Report("6.1.2", Severity.Error, path.Id, "Csaf_6_1_2", id, duplicate.First().Path.Id);
            }
        }
    }

    /// <summary>A relationship's product may not (transitively) be built from itself.</summary>
    public static void CircularDefinition(CsafTestContext context)
    {
        if (context.Root.Get("product_tree") is not { } tree)
        {
            return;
        }

        var parts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (relationship, _) in tree.Indexed("relationships"))
        {
            if (relationship.Get("full_product_name")?.Str("product_id") is { } id)
            {
                if (!parts.TryGetValue(id, out var list))
                {
                    parts[id] = list = [];
                }

                list.AddRange(new[] { relationship.Str("product_reference"), relationship.Str("relates_to_product_reference") }.OfType<string>());
            }
        }

        foreach (var (relationship, index) in tree.Indexed("relationships"))
        {
            if (relationship.Get("full_product_name")?.Str("product_id") is { } id && Reaches(parts, id, id))
            {
                context.Report("6.1.3", Severity.Error, $"/product_tree/relationships/{index}/full_product_name/product_id", "Csaf_6_1_3", id);
            }
        }
    }

    public static void MissingGroupDefinition(CsafTestContext context)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in ProductReferences.GroupDefinitions(context.Root))
        {
            defined.Add(id);
        }

        foreach (var (id, path) in ProductReferences.GroupReferences(context.Root, context.Ids))
        {
            if (!defined.Contains(id))
            {
                context.Report("6.1.4", Severity.Error, path.ToString(), "Csaf_6_1_4", id);
            }
        }
    }

    public static void MultipleGroupDefinition(CsafTestContext context)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, path) in ProductReferences.GroupDefinitions(context.Root))
        {
            if (!first.TryAdd(id, path))
            {
                context.Report("6.1.5", Severity.Error, path, "Csaf_6_1_5", id, first[id]);
            }
        }
    }

    /// <summary>
    /// Unused definitions usually mean a forgotten status (optional test 6.2.1). Informational advisories name
    /// products without vulnerabilities, so the test does not apply to them (CSAF 2.0 errata 01).
    /// </summary>
    public static void UnusedDefinition(CsafTestContext context)
    {
        if (context.Category == "csaf_informational_advisory")
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in context.ProductReferences)
        {
            used.Add(id);
        }

        foreach (var (id, path, _) in context.ProductDefinitions.Where(d => !used.Contains(d.Id)))
        {
            context.Report("6.2.1", Severity.Warning, path.Id, "Csaf_6_2_1", id);
        }
    }

    private static bool Reaches(Dictionary<string, List<string>> parts, string start, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(parts.TryGetValue(start, out var first) ? first : []);
        while (pending.TryPop(out var current))
        {
            if (current == target)
            {
                return true;
            }

            if (seen.Add(current) && parts.TryGetValue(current, out var next))
            {
                next.ForEach(pending.Push);
            }
        }

        return false;
    }
}
