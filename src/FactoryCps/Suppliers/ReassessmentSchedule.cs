namespace FactoryCps.Suppliers;

/// <summary>
/// When to ask a supplier again (docs/suppliers.md, "Re-assessment"). Pure: today is an input. An event counts
/// only when it falls after the last completed assessment, so one assessment answers every event before it.
/// </summary>
internal static class ReassessmentSchedule
{
    public static ReassessmentStatus Evaluate(ReassessmentFacts facts, DateOnly today, ReassessmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        policy ??= ReassessmentPolicy.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.IntervalMonths, 1, nameof(policy));
        ArgumentOutOfRangeException.ThrowIfNegative(policy.ContractLeadDays, nameof(policy));
        ArgumentOutOfRangeException.ThrowIfNegative(policy.SupportEndLeadDays, nameof(policy));

        if (facts.LastCompleted is not { } last)
        {
            return new ReassessmentStatus(true, today, [new ReassessmentReason(ReassessmentTrigger.NeverAssessed, today)]);
        }

        var candidates = new List<ReassessmentReason> { new(ReassessmentTrigger.Schedule, last.AddMonths(policy.IntervalMonths)) };
        AddEvent(candidates, ReassessmentTrigger.ContractRenewal, facts.ContractEnd?.AddDays(-policy.ContractLeadDays), last);
        AddEvent(candidates, ReassessmentTrigger.SupportEnd, facts.SupportEnd?.AddDays(-policy.SupportEndLeadDays), last);
        AddEvent(candidates, ReassessmentTrigger.NewAdvisory, facts.NewestAdvisory, last);

        var inForce = candidates.Where(c => c.From <= today).OrderBy(c => c.From).ThenBy(c => c.Trigger).ToList();
        if (inForce.Count > 0)
        {
            return new ReassessmentStatus(true, inForce[0].From, inForce);
        }

        var next = candidates.Min(c => c.From);
        return new ReassessmentStatus(false, next, [.. candidates.Where(c => c.From == next).OrderBy(c => c.Trigger)]);
    }

    /// <summary>An event the last assessment already followed (it was completed on or after it) is no reason.</summary>
    private static void AddEvent(List<ReassessmentReason> candidates, ReassessmentTrigger trigger, DateOnly? from, DateOnly last)
    {
        if (from is { } date && date > last)
        {
            candidates.Add(new ReassessmentReason(trigger, date));
        }
    }
}
