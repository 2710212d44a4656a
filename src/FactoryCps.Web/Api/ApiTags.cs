using Microsoft.OpenApi;

namespace FactoryCps.Web.Api;

/// <summary>
/// The groups the OpenAPI document sorts operations into, each with what it holds: a client generator and a
/// reader see the API by them, and tools/openapi-lint refuses a group without a description.
/// </summary>
internal static class ApiTags
{
    public const string Sites = "Sites";
    public const string Step1Objects = "Model objects (Step 1)";
    public const string Countermeasures = "Countermeasures (Step 2)";
    public const string Analysis = "Analysis, plan and reports";
    public const string Sboms = "SBOMs and licenses";
    public const string Advisories = "Advisories and matches";
    public const string Cases = "Cases (Step 3)";
    public const string Suppliers = "Suppliers and questionnaires";
    public const string Assessments = "Self-assessment (Step 3)";
    public const string Reviews = "PDCA reviews (Step 3)";
    public const string Audit = "Audit log";
    public const string Glossary = "Glossary";
    public const string Inbox = "Inbox";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [Sites] = "The sites the caller may see, one site's summary, and its whole factory model (export and import).",
        [Step1Objects] = "The model's Step 1 sections object by object, each with its version for If-Match.",
        [Countermeasures] = "The site's countermeasure statuses (Step 2), object by object.",
        [Analysis] = "What the guideline's rules derive from the model: the analysis, the countermeasure plan, and the reports.",
        [Sboms] = "Each asset's software bill of materials and the site's license overview.",
        [Advisories] = "The installation's CSAF advisories and which of them match the site's assets.",
        [Cases] = "Step 3's OODA cases: report an incident, and move a case through its phases.",
        [Suppliers] = "Suppliers, what they supply, their questionnaires with invitations and workbooks, and supplier actions.",
        [Assessments] = "Self-assessment rounds against the guideline's checklist: create, answer (If-Match per question), review, and close with the Step 2 statuses applied or kept.",
        [Reviews] = "PDCA reviews: record a review (participants, decisions, actions, next date, BCP re-check), the inputs gathered for its period, and whether a review is called for.",
        [Audit] = "Who changed what at the site, before and after.",
        [Glossary] = "The catalog's vocabulary: one word per concept in Japanese and English, with whose words it is.",
        [Inbox] = "The caller's own notices (what was assigned to them, what falls due, what was sent back), and marking them read.",
    };

    /// <summary>Describes the document's tags, in this order.</summary>
    public static void Describe(OpenApiDocument document)
    {
        var used = document.Tags?.Select(t => t.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        document.Tags = new HashSet<OpenApiTag>(Descriptions
            .Where(d => used.Contains(d.Key))
            .Select(d => new OpenApiTag { Name = d.Key, Description = d.Value })
            .Concat(used.Where(name => !Descriptions.ContainsKey(name!)).Select(name => new OpenApiTag { Name = name })));
    }
}
