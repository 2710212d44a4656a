using System.Globalization;
using FactoryCps.Diagnostics;
using FactoryCps.Yaml;

namespace FactoryCps.Checklists.Files;

/// <summary>
/// Reads an assessment file (YAML or JSON, <c>kind: assessment</c>, <c>format: 1</c>) with the safe parser, and
/// reports every problem with file:line:column and path, as the model reader does. It checks the file on its
/// own; whether its questions and site fit a model is <see cref="AssessmentFileCheck"/>'s.
/// </summary>
internal static class AssessmentFileReader
{
    /// <summary>Longest comment or reason kept: as the workbook's cells (docs/assessment.md).</summary>
    public const int MaxTextLength = AssessmentAnswer.MaxText;

    /// <summary>Spelt <c>na</c> in the file; the workbook's dropdown shows it in words.</summary>
    public const string NotApplicable = "na";

    private static readonly string[] TopLevel = ["kind", "format", "site", "round", "answers"];
    private static readonly string[] RoundFields = ["id", "title", "due", "scope"];
    private static readonly string[] ScopeFields = ["zones", "steps", "groups"];
    private static readonly string[] AnswerFields = ["question", "level", "reason", "comment", "answeredBy", "answeredAt"];

    public static AssessmentFileResult ReadFile(string path, YamlLimits? limits = null) =>
        Read(SafeYamlParser.ReadFile(path, path, limits ?? YamlLimits.Default));

    public static AssessmentFileResult Read(Stream stream, string displayName, YamlLimits? limits = null) =>
        Read(SafeYamlParser.Read(stream, displayName, limits ?? YamlLimits.Default));

    public static AssessmentFileResult ReadText(string text, string displayName) =>
        Read(SafeYamlParser.Read(text, displayName, YamlLimits.Default));

    private static AssessmentFileResult Read(YamlReadResult yaml)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(yaml.Diagnostics);
        if (yaml.Root is null || MapReader.Of(yaml.Root, "", diagnostics) is not { } file)
        {
            return new AssessmentFileResult(null, diagnostics.Items);
        }

        file.OnlyKeys(allowExtensions: true, TopLevel);
        if (!KindAndFormat(file, diagnostics))
        {
            return new AssessmentFileResult(null, diagnostics.Items);
        }

        var site = file.Id("site");
        var round = file.Mapping("round") is { } r ? Round(r) : AssessmentRoundHeader.Empty;
        var answers = Answers(file, diagnostics);
        return diagnostics.HasErrors || site is null
            ? new AssessmentFileResult(null, diagnostics.Items)
            : new AssessmentFileResult(new AssessmentDocument(site, round, answers), diagnostics.Items);
    }

    /// <summary>A file of another kind (a model given where answers belong) is named as such before any field is read.</summary>
    private static bool KindAndFormat(MapReader file, DiagnosticBag diagnostics)
    {
        if (file.Map["kind"] is not YScalar { IsNull: false } kind || kind.Value != AssessmentDocument.Kind)
        {
            diagnostics.Error(file.Map["kind"]?.Location ?? file.Map.Location, "kind", "AssessmentKindRequired", AssessmentDocument.Kind);
            return false;
        }

        switch (file.Map["format"])
        {
            case null or YScalar { IsNull: true }:
                diagnostics.Error(file.Map.Location, "format", "AssessmentFormatRequired", AssessmentDocument.FormatVersion);
                return false;
            case YScalar { IsPlain: true, Value: "1" }:
                return true;
            case var node:
                diagnostics.Error(node.Location, "format", "AssessmentUnsupportedFormat", MapReader.Found(node), AssessmentDocument.FormatVersion);
                return false;
        }
    }

    private static AssessmentRoundHeader Round(MapReader round)
    {
        round.OnlyKeys(allowExtensions: true, RoundFields);
        var scope = AssessmentScope.All;
        if (round.Mapping("scope") is { } s)
        {
            s.OnlyKeys(ScopeFields);
            scope = new AssessmentScope(s.StringList("zones"), s.StringList("steps"), s.StringList("groups"));
        }

        return new AssessmentRoundHeader(round.String("title"), round.Date("due"), scope) { Id = round.String("id") };
    }

    private static List<AssessmentFileAnswer> Answers(MapReader file, DiagnosticBag diagnostics)
    {
        var answers = new List<AssessmentFileAnswer>();
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in file.MappingItems("answers"))
        {
            item.OnlyKeys(allowExtensions: true, AnswerFields);
            var question = item.String("question", required: true);
            var (level, notApplicable) = Level(item, diagnostics);
            var reason = Text(item, "reason");
            var comment = Text(item, "comment");
            if (notApplicable && string.IsNullOrWhiteSpace(reason))
            {
                diagnostics.Error(item.LocationOf("level"), item.PathOf("reason"), "AssessmentReasonRequired", question);
            }
            else if (!notApplicable && reason is not null)
            {
                diagnostics.Error(item.LocationOf("reason"), item.PathOf("reason"), "AssessmentReasonWithoutNa");
            }

            if (comment is not null && !item.Has("level"))
            {
                diagnostics.Error(item.LocationOf("comment"), item.PathOf("comment"), "AssessmentCommentWithoutLevel", question);
            }

            if (question is null)
            {
                continue;
            }

            if (first.TryGetValue(question, out var earlier))
            {
                diagnostics.Error(item.LocationOf("question"), item.PathOf("question"), "AssessmentDuplicateQuestion", question, earlier.Line);
                continue;
            }

            first[question] = item.LocationOf("question");
            answers.Add(new AssessmentFileAnswer(question, level, notApplicable, reason, comment)
            {
                AnsweredBy = item.String("answeredBy"),
                AnsweredAt = AnsweredAt(item, diagnostics),
                Location = item.Map.Location,
            });
        }

        return answers;
    }

    /// <summary><c>level: 0</c>…<c>4</c>, <c>level: na</c>, or absent / null for a question not answered yet.</summary>
    private static (int? Level, bool NotApplicable) Level(MapReader item, DiagnosticBag diagnostics)
    {
        switch (item.Map["level"])
        {
            case null or YScalar { IsNull: true }:
                return (null, false);
            case YScalar { Value: NotApplicable }:
                return (null, true);
            case YScalar { IsPlain: true } scalar when int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level <= 4:
                return (level, false);
            case var node:
                diagnostics.Error(node.Location, item.PathOf("level"), "AssessmentLevelInvalid", MapReader.Found(node));
                return (null, false);
        }
    }

    private static string? Text(MapReader item, string key)
    {
        var text = item.String(key)?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            item.Diagnostics.Error(item.LocationOf(key), item.PathOf(key), "AssessmentTextTooLong", text.Length, MaxTextLength);
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static DateTimeOffset? AnsweredAt(MapReader item, DiagnosticBag diagnostics)
    {
        if (item.String("answeredAt") is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at.ToUniversalTime();
        }

        diagnostics.Error(item.LocationOf("answeredAt"), item.PathOf("answeredAt"), "ExpectedType", "date-time YYYY-MM-DDThh:mm:ssZ", MapReader.Found(item.Map["answeredAt"]!));
        return null;
    }
}
