using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private static readonly string[] RequirementKinds = ["law", "standard", "guideline", "certification"];

    private void ReadRequirements(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("requirements"))
        {
            item.OnlyKeys(With("id", "kind", "issuer", "title", "description", "obligations", "dates", "steps", "industries"));
            var common = Common(item);
            var id = item.Id();
            var kind = item.Enum("kind", RequirementKinds, required: true);
            var issuer = item.String("issuer", required: true);
            var title = CatalogItemReader.Text(item, "title", required: true);
            var description = CatalogItemReader.Text(item, "description", required: true);
            var obligations = item.TextList("obligations", required: true);
            var dates = new List<RequirementDate>();
            foreach (var date in item.MappingItems("dates"))
            {
                date.OnlyKeys("date", "event");
                if (date.Date("date", required: true) is { } day && date.Text("event", required: true) is { } what)
                {
                    dates.Add(new RequirementDate(day, what));
                }
            }

            var steps = item.StringList("steps", required: true);
            var industries = item.StringList("industries");
            if (id is null || kind is null || issuer is null || title is null || description is null)
            {
                continue;
            }

            content.Requirements.Add(new Requirement
            {
                Id = id,
                Kind = kind,
                Issuer = issuer,
                Title = title,
                Description = description,
                Obligations = obligations,
                Dates = dates,
                Steps = steps,
                Industries = industries,
                Provenance = common,
            });
        }
    }
}
