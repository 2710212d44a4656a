using System.Globalization;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// What a downloaded round file says of itself (the workbook's identity <c>round</c>, the YAML's <c>round.id</c>):
/// the round's number, whose questions it holds (every question, or those a person with a role may answer), and
/// the moment it was made. On upload the questions are rebuilt from it, and a question changed after that moment is
/// stale: the file was filled against an answer that is no longer the stored one.
/// </summary>
internal sealed record RoundFileKey(int Number, string? User, string? Role, DateTimeOffset MadeAt)
{
    private const string All = "all";
    private const string Mine = "mine";
    private const string Moment = "yyyyMMdd'T'HHmmss'.'ffffff'Z'";

    /// <summary>Every question (those who manage rounds, and readers who answer none), or the questions of <paramref name="actor"/>.</summary>
    public static RoundFileKey For(int number, RoundActor actor, bool everything, DateTimeOffset now)
    {
        // To the microsecond, as PostgreSQL keeps times: an answer stored after the file was made is always later.
        var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % 10), TimeSpan.Zero);
        return everything ? new RoundFileKey(number, null, null, at) : new RoundFileKey(number, actor.UserName, actor.Role, at);
    }

    public bool Everything => User is null;

    /// <summary>The questions the file holds, in the round's order.</summary>
    public IReadOnlyList<RoundQuestion> Questions(AssessmentRound round) =>
        [.. round.Questions.OrderBy(q => q.Position).Where(q => Everything || RoundDesk.MayAnswer(q, new RoundActor(null, User!, Role, Manages: false)))];

    /// <summary>Whether a question was answered or reviewed after the file was made.</summary>
    public bool ChangedSince(RoundQuestion q) => q.AnsweredAt > MadeAt || q.ReviewedAt > MadeAt;

    /// <summary><c>3|all|20261207T101500.000000Z</c> or <c>3|mine|user|role|…</c>.</summary>
    public override string ToString()
    {
        var at = MadeAt.UtcDateTime.ToString(Moment, CultureInfo.InvariantCulture);
        var number = Number.ToString(CultureInfo.InvariantCulture);
        return Everything ? $"{number}|{All}|{at}" : $"{number}|{Mine}|{User}|{Role}|{at}";
    }

    /// <summary>The key a file carries, or null when it is none of ours (a template of the command line, another tool's).</summary>
    public static RoundFileKey? Parse(string? text)
    {
        var parts = (text ?? "").Split('|');
        if (parts.Length is not (3 or 5)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !DateTime.TryParseExact(parts[^1], Moment, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            return null;
        }

        var made = new DateTimeOffset(at, TimeSpan.Zero);
        return (parts.Length, parts[1]) switch
        {
            (3, All) => new RoundFileKey(number, null, null, made),
            (5, Mine) when parts[2].Length > 0 => new RoundFileKey(number, parts[2], parts[3].Length == 0 ? null : parts[3], made),
            _ => null,
        };
    }
}
