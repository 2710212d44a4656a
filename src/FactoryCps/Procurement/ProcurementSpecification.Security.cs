using FactoryCps.Documents;
using FactoryCps.Resources;

namespace FactoryCps.Procurement;

internal static partial class ProcurementSpecification
{
    private static readonly string[] CheckPhases = ["procurement", "contract"];

    private static List<DocumentBlock> Security(SpecificationContext c)
    {
        var blocks = new List<DocumentBlock>
        {
            new SubHeading(c.L(nameof(ProcurementText.SubTargetLevel))),
            new Paragraph(c.TargetLevel is { } level ? c.L("Level_" + c.Item.Category, level) : c.L(nameof(ProcurementText.LevelNone))),
            new SubHeading(c.L(nameof(ProcurementText.SubCountermeasures))),
        };

        var required = c.Policies
            .SelectMany(p => p.Required.Select(r => (p.Zone, r.Id)))
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Where(g => c.Catalog.CountermeasuresById.ContainsKey(g.Key))
            .Select(g => (Countermeasure: c.Catalog.CountermeasuresById[g.Key], Zones: g.Select(p => p.Zone).Distinct(StringComparer.Ordinal)))
            .Where(p => ProcurementCategories.GroupsFor(c.Item.Category).Contains(p.Countermeasure.Group))
            .OrderBy(p => p.Countermeasure.Group, StringComparer.Ordinal)
            .ThenBy(p => p.Countermeasure.Id, StringComparer.Ordinal)
            .ToList();
        if (required.Count == 0)
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.NoCountermeasures))));
        }
        else
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.CountermeasuresIntro))));
            blocks.Add(new Table(
                [.. new[] { nameof(ProcurementText.ColId), nameof(ProcurementText.ColCountermeasure), nameof(ProcurementText.ColDescription), nameof(ProcurementText.ColFr), nameof(ProcurementText.ColZones) }.Select(k => c.L(k))],
                [.. required.Select(r => (IReadOnlyList<string>)[r.Countermeasure.Id, c.Marked(r.Countermeasure.Title, r.Countermeasure.TitleMark), c.Marked(r.Countermeasure.Description, r.Countermeasure.MarkOf(Guideline.TextFields.Description)), string.Join(", ", r.Countermeasure.FoundationalRequirements), string.Join(", ", r.Zones)])]));
        }

        blocks.Add(new SubHeading(c.L(nameof(ProcurementText.SubRequirements))));
        if (c.Requirements.Count == 0)
        {
            blocks.Add(new Paragraph(c.L(nameof(ProcurementText.NoRequirements))));
            return blocks;
        }

        blocks.Add(new Paragraph(c.L(nameof(ProcurementText.RequirementsIntro))));
        foreach (var requirement in c.Requirements)
        {
            if (requirement.Catalogue is not { } catalogue)
            {
                blocks.Add(new Paragraph(c.L(nameof(ProcurementText.OwnRequirement), requirement.Id, requirement.Note ?? "")));
                continue;
            }

            blocks.Add(new SubHeading(c.Marked(catalogue.Title, catalogue.TitleMark), Depth: 2));
            blocks.Add(new Paragraph(requirement.Basis switch
            {
                RequirementBasis.Always => c.L(nameof(ProcurementText.Basis_always)),
                RequirementBasis.Industry => c.L(nameof(ProcurementText.Basis_industry), c.Model.Site.Industry),
                _ => c.L(nameof(ProcurementText.Basis_model), requirement.Note ?? requirement.Id),
            }));
            blocks.Add(new ItemList([.. catalogue.Obligations.Select(o => c.Marked(o, catalogue.MarkOf("obligations")))]));
        }

        return blocks;
    }

    // Only the seed's own wording stands under the guideline's Step 3 heading; what FactoryCPS summarised from
    // standards and laws, or an organisation's overlay added, is set apart so a supplier never reads it as METI's.
    private static List<DocumentBlock> CheckItems(SpecificationContext c)
    {
        var items = PhaseItems(c).Where(IsGuidelineWording).ToList();
        if (items.Count == 0)
        {
            return [new Paragraph(c.L(nameof(ProcurementText.NoCheckItems)))];
        }

        return
        [
            new Paragraph(c.L(nameof(ProcurementText.CheckItemsIntro), c.CategoryName)),
            new Table(
                [.. new[] { nameof(ProcurementText.ColId), nameof(ProcurementText.ColPhase), nameof(ProcurementText.ColCheck), nameof(ProcurementText.ColAnswer) }.Select(k => c.L(k))],
                [.. items.Select(i => (IReadOnlyList<string>)[i.Id, c.L("Phase_" + i.Phase), c.T(i.Text), ""])]),
        ];
    }

    private static List<DocumentBlock> AddedCheckItems(SpecificationContext c)
    {
        var items = PhaseItems(c).Where(i => !IsGuidelineWording(i)).ToList();
        if (items.Count == 0)
        {
            return [new Paragraph(c.L(nameof(ProcurementText.NoAddedCheckItems)))];
        }

        return
        [
            new Paragraph(c.L(nameof(ProcurementText.AddedCheckItemsIntro), c.CategoryName)),
            new Table(
                [.. new[] { nameof(ProcurementText.ColId), nameof(ProcurementText.ColPhase), nameof(ProcurementText.ColSource), nameof(ProcurementText.ColCheck), nameof(ProcurementText.ColAnswer) }.Select(k => c.L(k))],
                [.. items.Select(i => (IReadOnlyList<string>)[i.Id, c.L("Phase_" + i.Phase), i.FromOverlay ? c.L(nameof(ProcurementText.SourceOverlay)) : i.Source, c.Marked(i.Text, i.MarkOf("text")), ""])]),
        ];
    }

    private static bool IsGuidelineWording(Catalog.SupplyChainItem item) => item.MarkOf("text").Confidence == Guideline.Confidence.Seed && !item.FromOverlay;

    /// <summary>
    /// The category's procurement and contract items that apply to this plant: an item's <c>when:</c> (a target level,
    /// a requirement, an industry) is decided as the supplier questionnaires decide it, so an IEC 62443-4-2 level 3
    /// item is not required of a product for a level 2 zone.
    /// </summary>
    private static IEnumerable<Catalog.SupplyChainItem> PhaseItems(SpecificationContext c) =>
        c.Catalog.SupplyChain
            .Where(i => i.Category == c.Item.Category && CheckPhases.Contains(i.Phase) && c.Supply.Ask(i) is not null)
            .OrderBy(i => Array.IndexOf(CheckPhases, i.Phase));
}
