using FactoryCps.Guideline;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private void ReadSteps(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("steps"))
        {
            item.OnlyKeys(With("id", "title", "mainAction", "mainActionConfidence", "smartPoint", "points"));
            var common = Common(item);
            var id = item.Id();
            var title = item.Text("title", required: true);
            var mainAction = item.Text("mainAction", required: true);
            var mainConfidence = item.Enum("mainActionConfidence", CatalogItemReader.Confidences, required: true);
            var smartPoint = item.Text("smartPoint", required: true);
            var points = ReadPoints(item, common.Source, common.Confidence);
            if (id is null || title is null || mainAction is null || mainConfidence is null || smartPoint is null)
            {
                continue;
            }

            content.Steps.Add(new Step
            {
                Id = id,
                Title = title,
                MainAction = mainAction,
                MainActionConfidence = mainConfidence == "seed" ? Confidence.Seed : Confidence.Derived,
                SmartPoint = smartPoint,
                Points = points,
                Provenance = common,
            });
        }
    }

    private List<StepPoint> ReadPoints(MapReader parent, string inheritedSource, Confidence inheritedConfidence)
    {
        var points = new List<StepPoint>();
        foreach (var item in parent.MappingItems("points"))
        {
            item.OnlyKeys(With("id", "label", "title", "description", "question", "points"));
            var source = item.String("source") ?? inheritedSource;
            var confidence = item.Has("confidence")
                ? (item.Enum("confidence", CatalogItemReader.Confidences) == "seed" ? Confidence.Seed : Confidence.Derived)
                : inheritedConfidence;
            var id = item.Id();
            var title = item.Text("title", required: true);
            var children = ReadPoints(item, source, confidence);
            if (id is null || title is null)
            {
                continue;
            }

            points.Add(new StepPoint
            {
                Id = id,
                Label = item.String("label"),
                Title = title,
                Description = item.Text("description"),
                Question = item.Text("question"),
                Points = children,
                Provenance = new Guideline.Provenance(source, confidence, item.Text("note"), item.Map.Location),
            });
        }

        return points;
    }
}
