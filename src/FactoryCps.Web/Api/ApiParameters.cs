using Microsoft.OpenApi;

namespace FactoryCps.Web.Api;

/// <summary>
/// Every parameter of the OpenAPI document declared and described. The generator declares only the path
/// parameters a handler binds, and most handlers take the site from the site authorization, not from
/// <c>{site}</c>: without this the operations under <c>/sites/{site}</c> would not name it, and a generated client
/// could not fill it in.
/// </summary>
internal static class ApiParameters
{
    public static void Complete(OpenApiDocument document)
    {
        foreach (var (path, item) in document.Paths)
        {
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Parameters ??= [];
                foreach (var name in InPath(path).Where(name => !operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == name)))
                {
                    // Only a group's parameter is missing, and every group parameter is a key: a string.
                    operation.Parameters.Insert(0, new OpenApiParameter
                    {
                        Name = name,
                        In = ParameterLocation.Path,
                        Required = true,
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }

                foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => string.IsNullOrEmpty(p.Description)))
                {
                    parameter.Description = Description(path, parameter.Name, parameter.In);
                }
            }
        }
    }

    /// <summary>The parameter names of a path template, in order: <c>/sites/{site}/cases/{number}</c> → site, number.</summary>
    private static IEnumerable<string> InPath(string path) =>
        path.Split('/').Where(s => s.Length > 2 && s[0] == '{' && s[^1] == '}').Select(s => s[1..^1]).Reverse();

    /// <summary>The path segment before a path parameter: what the number or key is of (<c>cases</c> for <c>cases/{number}</c>).</summary>
    private static string Before(string path, string name)
    {
        var segments = path.Split('/');
        var at = Array.IndexOf(segments, "{" + name + "}");
        return at > 0 ? segments[at - 1] : "";
    }

    /// <summary>
    /// What a parameter means, said once for every operation that takes it; null (and a lint error: tools/openapi-lint
    /// requires descriptions) for one not listed here yet.
    /// </summary>
    private static string? Description(string path, string? name, ParameterLocation? location) => (location, name, location == ParameterLocation.Path ? Before(path, name ?? "") : "") switch
    {
        (ParameterLocation.Path, "site", _) => "The site's key (its model's site.id), as GET /sites lists it.",
        (ParameterLocation.Path, "section", _) => "A section of the model: objectives, requirements, stakeholders, operations, assets, zones, externals, conduits, dataFlows, or the single objects site and bcp.",
        (ParameterLocation.Path, "key", "countermeasures") => "The countermeasure status's key: the countermeasure's id, or id@zone+zone when it is scoped to zones.",
        (ParameterLocation.Path, "key", _) => "The object's key within its section (its id).",
        (ParameterLocation.Path, "format", _) => "The report's format: html, xlsx, md, json or svg.",
        (ParameterLocation.Path, "asset", _) => "The asset's id in the site's model.",
        (ParameterLocation.Path, "id", "advisories") => "The advisory's number, as GET /advisories lists it.",
        (ParameterLocation.Path, "number", "cases") => "The case's number at the site.",
        (ParameterLocation.Path, "number", "questionnaires") => "The questionnaire's number at the site.",
        (ParameterLocation.Path, "number", "assessments") => "The assessment round's number at the site.",
        (ParameterLocation.Path, "number", "reviews") => "The PDCA review's number at the site.",
        (ParameterLocation.Path, "questionId", _) => "The round's question id: the checklist item's id, with @zone when it is asked per zone (q-cm-net-zone-firewall@control-line2).",
        (ParameterLocation.Path, "action", _) => "update (the current phase's fields), advance (complete the phase), close (with a resolution) or approve (management).",
        (ParameterLocation.Path, "supplier", _) => "The supplier's number, as GET …/suppliers lists it.",
        (ParameterLocation.Path, "item", _) => "The supplied item's number within its supplier.",
        (ParameterLocation.Path, "itemId", _) => "The questionnaire item's id (a checklist question).",
        (ParameterLocation.Path, "evidence", _) => "The evidence file's number, as the questionnaire lists it.",
        (ParameterLocation.Path, "invitation", _) => "The invitation's number, as GET …/invitations lists it.",
        (ParameterLocation.Path, "supplierAction", _) => "The supplier action's number, as GET …/supplier-actions lists it.",
        (ParameterLocation.Path, "position", "actions") => "The action's number within the PDCA review, from 1, as GET …/reviews/{number} lists it (position).",
        (ParameterLocation.Path, "notice", _) => "The notice's number, as GET /inbox lists it.",
        (ParameterLocation.Query, "format", _) when path.EndsWith("/report", StringComparison.Ordinal) => "html (the default: an A4 page to print) or docx (Word).",
        (ParameterLocation.Query, "lang", _) when path.EndsWith("/report", StringComparison.Ordinal) => "The report's language: ja or en; the user's language when absent.",
        (ParameterLocation.Query, "format", _) => "json (the default) or yaml.",
        (ParameterLocation.Query, "after", _) => "Only entries after this id (the last one of the previous page); from the first when absent.",
        (ParameterLocation.Query, "limit", _) => "At most this many entries: 1 to 500, 100 when absent.",
        (ParameterLocation.Query, "fileName", _) => "The uploaded file's name, kept with the SBOM.",
        (ParameterLocation.Query, "suppressed", _) => "true: the matches judged fixed or not affected instead of the open ones.",
        (ParameterLocation.Query, "all", _) => "true: closed cases too.",
        (ParameterLocation.Query, "item", _) => "Only the questionnaires of this supplied item (its number).",
        (ParameterLocation.Query, "lang", _) => "The workbook's language: ja (the default) or en.",
        (ParameterLocation.Query, "before", _) => "Only notices before this id (the nextBefore of the previous page); from the newest when absent.",
        (ParameterLocation.Query, "unread", _) => "true: only the notices not read yet.",
        (ParameterLocation.Query, "open", _) => "true: only the actions not done yet; false: only the done ones; absent: all.",
        _ => null,
    };
}
