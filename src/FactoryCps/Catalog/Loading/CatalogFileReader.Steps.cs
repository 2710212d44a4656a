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
            var title = CatalogItemReader.Text(item, "title", required: true);
            var mainAction = CatalogItemReader.Text(item, "mainAction", required: true);
            var mainConfidence = item.Enum("mainActionConfidence", CatalogItemReader.Confidences, required: true);
            var smartPoint = CatalogItemReader.Text(item, "smartPoint", required: true);
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
                Provenance = common with
                {
                    // mainActionConfidence is the older spelling of the main action's own mark; both stay readable.
                    TextMarks = new Dictionary<string, TextMark>(common.TextMarks)
                    {
                        [TextFields.MainAction] = new(common.Source, mainConfidence == "seed" ? Confidence.Seed : Confidence.Derived),
                    },
                },
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
            var title = CatalogItemReader.Text(item, "title", required: true);
            var question = CatalogItemReader.Text(item, "question");
            var marks = new Dictionary<string, TextMark>(CatalogItemReader.TextMarks(item, source));
            if (question is not null && !marks.ContainsKey(TextFields.Question))
            {
                // The seed has no self-assessment questions: unless marked, a point's question is ours.
                marks[TextFields.Question] = new TextMark(source, StepPoint.QuestionConfidence);
            }

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
                Description = CatalogItemReader.Text(item, "description"),
                Question = question,
                Points = children,
                Provenance = new Guideline.Provenance(source, confidence, item.Text("note"), item.Map.Location) { TextMarks = marks },
            });
        }

        return points;
    }
}
