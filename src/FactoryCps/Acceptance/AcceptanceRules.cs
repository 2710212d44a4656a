using FactoryCps.Model;

namespace FactoryCps.Acceptance;

/// <summary>
/// The one rule for accepted risks, findings and cases (issue 19): an acceptance holds until its last day, its
/// maintenance window's end, or a change of what it relied on — the zone's importance rising, or a compensating
/// countermeasure's status dropping. When it lapses the item returns (a finding again, a case re-opened as overdue);
/// a reminder goes out <see cref="ReminderDays"/> days before its last day.
/// </summary>
internal static class AcceptanceRules
{
    public const int ReminderDays = 14;

    /// <summary>How much a status does, higher is better; a removed or not-applicable status compensates nothing.</summary>
    private static readonly Dictionary<string, int> Strength = new(StringComparer.Ordinal)
    {
        ["implemented"] = 3,
        ["partial"] = 2,
        ["planned"] = 1,
        ["missing"] = 0,
        ["not-applicable"] = 0,
    };

    /// <summary>Every reason it no longer holds; none while it does.</summary>
    public static IReadOnlyList<AcceptanceLapse> Lapses(RiskAcceptance acceptance, AcceptanceNow now)
    {
        var lapses = new List<AcceptanceLapse>();
        if (acceptance.Until is { } until && now.Today > until)
        {
            lapses.Add(new AcceptanceLapse(LapseReason.Expired, After: until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (acceptance.WindowEnds is { } window && now.Today > window)
        {
            lapses.Add(new AcceptanceLapse(LapseReason.WindowPassed, After: window.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (acceptance.ZoneImportance is { } then && now.ZoneImportance is { } importance && importance > then)
        {
            lapses.Add(new AcceptanceLapse(LapseReason.ImportanceRose, Before: Number(then), After: Number(importance)));
        }

        foreach (var measure in acceptance.Compensating)
        {
            var status = now.StatusOf(measure.Countermeasure);
            if (StrengthOf(status) < StrengthOf(measure.Status))
            {
                lapses.Add(new AcceptanceLapse(LapseReason.CompensationDropped, measure.Countermeasure, measure.Status, status));
            }
        }

        return lapses;
    }

    public static bool Holds(RiskAcceptance acceptance, AcceptanceNow now) => Lapses(acceptance, now).Count == 0;

    /// <summary>Whether its holder is reminded today: within <see cref="ReminderDays"/> days before its last day, up to that day.</summary>
    public static bool RemindOn(RiskAcceptance acceptance, DateOnly today) =>
        acceptance.LastDay is { } last && today <= last && today >= last.AddDays(-ReminderDays);

    /// <summary>What is wrong with an acceptance as entered: the field and why, or null when it can be recorded.</summary>
    public static (string Field, string Problem)? Problem(RiskAcceptance acceptance)
    {
        if (string.IsNullOrWhiteSpace(acceptance.Reason))
        {
            return ("reason", "required");
        }

        if (acceptance.Until is null && acceptance.WindowEnds is null)
        {
            return ("until", "required");
        }

        if (acceptance.WindowEnds is not null && acceptance.Item.Kind != AcceptedKind.Case)
        {
            return ("windowEnds", "case-only");
        }

        if (acceptance.LastDay is { } last && last < acceptance.AcceptedOn)
        {
            return (acceptance.Until is { } until && until == last ? "until" : "windowEnds", "before-accepted");
        }

        var unknown = acceptance.Compensating.Select((m, i) => (m, i)).FirstOrDefault(p => !CountermeasureStatus.Statuses.Contains(p.m.Status));
        return unknown.m is not null ? ($"compensating[{unknown.i}].status", "unknown-status") : null;
    }

    private static int StrengthOf(string? status) => status is not null && Strength.TryGetValue(status, out var strength) ? strength : 0;

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
