using System.Globalization;
using FactoryCps.Documents;
using FactoryCps.Resources;

namespace FactoryCps.Procurement;

internal static partial class ProcurementSpecification
{
    private static List<DocumentBlock> Scope(SpecificationContext c)
    {
        var item = c.Item;
        var site = c.Model.Site;
        var blocks = new List<DocumentBlock>
        {
            new Paragraph(c.L(nameof(ProcurementText.ScopeIntro), site.Organization ?? site.DisplayName, item.Element.DisplayName, c.CategoryName)),
        };
        var operations = item.Asset?.Operations.Select(id => c.Model.Operations.FirstOrDefault(o => o.Id == id)?.DisplayName ?? id).ToList() ?? [];
        blocks.Add(new Paragraph(operations.Count > 0
            ? c.L(nameof(ProcurementText.PurposeOperations), string.Join(", ", operations))
            : c.L(nameof(ProcurementText.PurposeNoOperations))));

        var asset = item.Asset;
        var stakeholderId = asset?.Stakeholder ?? (item.Element as Model.External)?.Stakeholder;
        var stakeholder = c.Model.Stakeholders.FirstOrDefault(s => s.Id == stakeholderId);
        var rows = new List<(string Key, string? Value)>
        {
            (nameof(ProcurementText.FieldId), item.Id),
            (nameof(ProcurementText.FieldName), item.Element.Name),
            (nameof(ProcurementText.FieldType), c.L("Type_" + item.Type)),
            (nameof(ProcurementText.FieldKind), item.Kind),
            (nameof(ProcurementText.FieldCategory), c.CategoryName),
            (nameof(ProcurementText.FieldVendor), asset?.Vendor),
            (nameof(ProcurementText.FieldProduct), asset?.Product),
            (nameof(ProcurementText.FieldVersion), asset?.Version),
            (nameof(ProcurementText.FieldSupplier), stakeholder?.DisplayName ?? stakeholderId),
            (nameof(ProcurementText.FieldContact), stakeholder?.Contact),
            (nameof(ProcurementText.FieldGeneralPurpose), asset is { GeneralPurpose: true } ? c.YesNo(true) : null),
            (nameof(ProcurementText.FieldSupportEnds), asset?.SupportEnds is { } support ? SpecificationContext.Date(support) : null),
            (nameof(ProcurementText.FieldLicenseExpires), asset?.LicenseExpires is { } licence ? SpecificationContext.Date(licence) : null),
            (nameof(ProcurementText.FieldSbom), asset?.Sbom),
        };
        blocks.Add(new SubHeading(c.L(nameof(ProcurementText.SubItem))));
        blocks.Add(new Table(
            [c.L(nameof(ProcurementText.ColField)), c.L(nameof(ProcurementText.ColValue))],
            [.. rows.Where(r => !string.IsNullOrWhiteSpace(r.Value)).Select(r => (IReadOnlyList<string>)[c.L(r.Key), r.Value!])]));
        return blocks;
    }

    private static List<DocumentBlock> SystemContext(SpecificationContext c)
    {
        var blocks = new List<DocumentBlock> { new SubHeading(c.L(nameof(ProcurementText.SubZones))) };
        if (c.Zones.Count == 0)
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.NoZones))));
        }
        else
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.ContextIntro))));
            blocks.Add(new Table(
                [.. new[] { nameof(ProcurementText.ColId), nameof(ProcurementText.ColName), nameof(ProcurementText.ColTemplate), nameof(ProcurementText.ColImportance), nameof(ProcurementText.ColTargetLevel), nameof(ProcurementText.ColReason) }.Select(k => c.L(k))],
                [.. c.Zones.Select(z => (IReadOnlyList<string>)[z.Id, z.Name ?? "", z.Template ?? "", Number(z.Importance.Value), Number(z.TargetLevel.Value), c.Explain(z.TargetLevel.Why)])]));
        }

        blocks.Add(new SubHeading(c.L(nameof(ProcurementText.SubConduits))));
        blocks.Add(c.Conduits.Count == 0
            ? new Paragraph(c.L(nameof(ProcurementText.NoConduits)))
            : new Table(
                [.. new[] { nameof(ProcurementText.ColId), nameof(ProcurementText.ColFrom), nameof(ProcurementText.ColTo), nameof(ProcurementText.ColProtocols), nameof(ProcurementText.ColEncrypted), nameof(ProcurementText.ColControls) }.Select(k => c.L(k))],
                [.. c.Conduits.Select(k => (IReadOnlyList<string>)[k.Id, c.Named(k.From), c.Named(k.To), string.Join(", ", k.Protocols), c.YesNo(k.Encrypted), string.Join(", ", k.Controls)])]));

        blocks.Add(new SubHeading(c.L(nameof(ProcurementText.SubDataFlows))));
        if (c.DataFlows.Count == 0)
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.NoDataFlows))));
            return blocks;
        }

        blocks.Add(new Table(
            [.. new[] { nameof(ProcurementText.ColId), nameof(ProcurementText.ColFrom), nameof(ProcurementText.ColTo), nameof(ProcurementText.ColData), nameof(ProcurementText.ColConfidential), nameof(ProcurementText.ColFeedback) }.Select(k => c.L(k))],
            [.. c.DataFlows.Select(f => (IReadOnlyList<string>)[f.Id, c.Named(f.From), c.Named(f.To), f.Data ?? "", c.YesNo(f.PersonalOrConfidential), c.YesNo(f.Feedback)])]));
        if (c.DataFlows.Any(f => f.Feedback))
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.FeedbackNote))));
        }

        if (c.DataFlows.Any(f => f.PersonalOrConfidential))
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.ConfidentialNote))));
        }

        return blocks;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
