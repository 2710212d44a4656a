using FactoryCps.Documents;
using FactoryCps.Resources;

namespace FactoryCps.Procurement;

internal static partial class ProcurementSpecification
{
    private static List<DocumentBlock> Sbom(SpecificationContext c)
    {
        var blocks = new List<DocumentBlock>();
        if (c.Item.Asset?.Sbom is { } sbom)
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.SbomOnFile), sbom)));
        }

        blocks.Add(ClauseList(c, nameof(ProcurementText.SectionSbom)));
        return blocks;
    }

    private static List<DocumentBlock> Support(SpecificationContext c)
    {
        var blocks = new List<DocumentBlock>();
        if (c.Item.Asset?.SupportEnds is { } ends)
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.SupportWanted), SpecificationContext.Date(ends))));
            if (ends < c.Analysis.Date)
            {
                blocks.Add(new Paragraph(c.L(nameof(ProcurementText.SupportPast), SpecificationContext.Date(ends), SpecificationContext.Date(c.Analysis.Date))));
            }
        }
        else
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.SupportNotRecorded))));
        }

        blocks.Add(ClauseList(c, nameof(ProcurementText.SectionSupport)));
        return blocks;
    }

    private static List<DocumentBlock> Licences(SpecificationContext c) =>
    [
        new Paragraph(c.Item.Asset?.LicenseExpires is { } expires
            ? c.L(nameof(ProcurementText.LicenceExpires), SpecificationContext.Date(expires))
            : c.L(nameof(ProcurementText.LicenceNotRecorded))),
        ClauseList(c, nameof(ProcurementText.SectionLicences)),
    ];

    /// <summary>The clauses, then the vendor's roles in the extension's OODA tables, which the guideline gives as an example role split (役割分担例), not as requirements.</summary>
    private static List<DocumentBlock> Incident(SpecificationContext c)
    {
        var blocks = new List<DocumentBlock> { ClauseList(c, nameof(ProcurementText.SectionIncident)) };
        var vendor = c.Catalog.Ooda.Where(o => o.Department.Role == "vendor").SelectMany(o => o.Actions).Select(c.T).Distinct().ToList();
        if (vendor.Count > 0)
        {
            blocks.Add(new SubHeading(c.L(nameof(ProcurementText.SubOoda))));
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.IncidentOodaIntro))));
            blocks.Add(new ItemList(vendor));
        }

        return blocks;
    }

    private static List<DocumentBlock> Acceptance(SpecificationContext c)
    {
        var protocols = c.Conduits.SelectMany(k => k.Protocols).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var first = new List<string>
        {
            protocols.Count > 0 ? c.L(nameof(ProcurementText.AcceptServices), string.Join(", ", protocols)) : c.L(nameof(ProcurementText.AcceptServicesNone)),
        };
        if (c.TargetLevel is { } level)
        {
            first.Add(c.L(nameof(ProcurementText.AcceptLevel), level));
        }

        return [ClauseList(c, nameof(ProcurementText.SectionAcceptance), numbered: false, [.. first])];
    }

    private static List<DocumentBlock> Documents(SpecificationContext c)
    {
        var list = ClauseList(c, nameof(ProcurementText.SectionDocuments), numbered: true);
        var conformity = c.Requirements.Where(r => r.Catalogue is not null).Select(r => c.T(r.Catalogue!.Title)).ToList();
        return conformity.Count == 0
            ? [list]
            : [list with { Items = [.. list.Items, c.L(nameof(ProcurementText.DocConformity), string.Join(", ", conformity))] }];
    }
}
