using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Yaml;

namespace FactoryCps.Checklists.Files;

/// <summary>
/// Writes an assessment file deterministically: fields in the documented order, answers in the document's order
/// (a template's is the questions' order), absent values left out, times in UTC to the second. What
/// <see cref="AssessmentFileReader"/> reads, this writes back the same.
/// </summary>
internal static class AssessmentFileWriter
{
    public static string Write(AssessmentDocument document) => YamlText.Write(Json(document));

    public static JsonObject Json(AssessmentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = new JsonObject
        {
            ["kind"] = AssessmentDocument.Kind,
            ["format"] = AssessmentDocument.FormatVersion,
            ["site"] = document.Site,
        };
        if (Round(document.Round) is { Count: > 0 } round)
        {
            root["round"] = round;
        }

        root["answers"] = new JsonArray([.. document.Answers.Select(Answer)]);
        return root;
    }

    private static JsonObject Round(AssessmentRoundHeader round)
    {
        var node = new JsonObject();
        if (round.Id is { } id)
        {
            node["id"] = id;
        }

        if (round.Title is { } title)
        {
            node["title"] = title;
        }

        if (round.Due is { } due)
        {
            node["due"] = JsonValue.Create(due);
        }

        var scope = new JsonObject();
        foreach (var (key, values) in new[] { ("zones", round.Scope.Zones), ("steps", round.Scope.Steps), ("groups", round.Scope.Groups) })
        {
            if (values.Count > 0)
            {
                scope[key] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
            }
        }

        if (scope.Count > 0)
        {
            node["scope"] = scope;
        }

        return node;
    }

    /// <summary>An unanswered entry keeps <c>level: null</c>, so a template shows where the answer goes.</summary>
    private static JsonObject Answer(AssessmentFileAnswer answer)
    {
        var node = new JsonObject
        {
            ["question"] = answer.Question,
            ["level"] = answer.NotApplicable ? AssessmentFileReader.NotApplicable : answer.Level is { } level ? level : null,
        };
        Add(node, "reason", answer.NotApplicable ? answer.Reason : null);
        Add(node, "comment", answer.Comment);
        Add(node, "answeredBy", answer.AnsweredBy);
        Add(node, "answeredAt", answer.AnsweredAt?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return node;
    }

    private static void Add(JsonObject node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }
}
