using FactoryCps.Catalog;
using FactoryCps.Model;
using FactoryCps.Threats;

namespace FactoryCps.Checklists;

/// <summary>
/// A countermeasure question whose answer means another status than the one the analysis reads for that
/// countermeasure and scope today (<see cref="CurrentRecorded"/> false: nothing is recorded, so it reads as missing).
/// </summary>
internal sealed record Disagreement(AssessmentQuestion Question, string Answered, string Current, bool CurrentRecorded)
{
    public string Countermeasure => Question.Countermeasure!;

    public string? Zone => Question.Zone;
}

/// <summary>One status "apply the round's result" sets: a countermeasure for the whole site (<see cref="Zone"/> null) or one zone.</summary>
internal sealed record StatusChange(string Countermeasure, string? Zone, string From, string To);

/// <summary>
/// One truth with the Step 2 statuses (docs/assessment.md, "Disagreements"): each answered countermeasure question
/// is compared, through the catalogue's achievement mapping, with the status the analysis reads for it (the zone's
/// own entry, else the site-wide one, else missing). Unanswered questions and step points never disagree.
/// </summary>
internal static class Disagreements
{
    public static IReadOnlyList<Disagreement> Find(GuidelineCatalog catalog, FactoryModel model, IReadOnlyList<AssessmentQuestion> questions, IReadOnlyDictionary<string, AssessmentAnswer> answers)
    {
        var statuses = new StatusIndex(model.Countermeasures);
        var found = new List<Disagreement>();
        foreach (var question in questions)
        {
            if (question.Countermeasure is not { } countermeasure || !answers.TryGetValue(question.Id, out var answer))
            {
                continue;
            }

            var answered = catalog.AchievementMapping.StatusOf(answer.Level, answer.NotApplicable);
            var current = statuses.Get(countermeasure, question.Zone);
            if (answered != current.Status)
            {
                found.Add(new Disagreement(question, answered, current.Status, current.Recorded));
            }
        }

        return found;
    }

    /// <summary>The status changes that applying the round's result makes: one per disagreement.</summary>
    public static IReadOnlyList<StatusChange> Changes(IEnumerable<Disagreement> disagreements) =>
        [.. disagreements.Select(d => new StatusChange(d.Countermeasure, d.Zone, d.Current, d.Answered))];

    /// <summary>
    /// The model's statuses with <paramref name="changes"/> applied, as a new list (nothing is changed in place). A
    /// site-wide change sets the site-wide entry (added when there is none). A zone's change sets the entry kept for
    /// that zone alone; when the zone shares an entry with other zones, or reads the site-wide one, it gets an entry
    /// of its own (owner, due date and note copied from the entry it read), the zones that change alike from one entry
    /// sharing one new entry. Afterwards the analysis reads exactly the answered status at every changed scope.
    /// </summary>
    public static IReadOnlyList<CountermeasureStatus> Apply(IReadOnlyList<CountermeasureStatus> statuses, IEnumerable<StatusChange> changes)
    {
        var result = statuses.ToList();
        var added = new List<(string Countermeasure, string To, CountermeasureStatus? From, List<string> Zones)>();
        foreach (var change in changes)
        {
            if (change.Zone is null)
            {
                var site = result.FindIndex(s => s.Id == change.Countermeasure && s.Scope.Count == 0);
                if (site >= 0)
                {
                    result[site] = result[site] with { Status = change.To };
                }
                else
                {
                    result.Add(new CountermeasureStatus { Id = change.Countermeasure, Status = change.To });
                }

                continue;
            }

            var own = result.FindIndex(s => s.Id == change.Countermeasure && s.Scope.Count == 1 && s.Scope[0] == change.Zone);
            if (own >= 0)
            {
                result[own] = result[own] with { Status = change.To };
                continue;
            }

            var shared = result.FindIndex(s => s.Id == change.Countermeasure && s.Scope.Contains(change.Zone, StringComparer.Ordinal));
            CountermeasureStatus? from = null;
            if (shared >= 0)
            {
                from = statuses.FirstOrDefault(s => s.Id == change.Countermeasure && s.Scope.Contains(change.Zone, StringComparer.Ordinal));
                result[shared] = result[shared] with { Scope = [.. result[shared].Scope.Where(z => z != change.Zone)] };
            }
            else
            {
                from = statuses.FirstOrDefault(s => s.Id == change.Countermeasure && s.Scope.Count == 0);
            }

            var group = added.FindIndex(a => a.Countermeasure == change.Countermeasure && a.To == change.To && ReferenceEquals(a.From, from));
            if (group >= 0)
            {
                added[group].Zones.Add(change.Zone);
            }
            else
            {
                added.Add((change.Countermeasure, change.To, from, [change.Zone]));
            }
        }

        result.AddRange(added.Select(a => new CountermeasureStatus
        {
            Id = a.Countermeasure,
            Status = a.To,
            Scope = a.Zones,
            Owner = a.From?.Owner,
            Due = a.From?.Due,
            Note = a.From?.Note,
        }));
        return result;
    }
}
