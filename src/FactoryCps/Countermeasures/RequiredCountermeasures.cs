namespace FactoryCps.Countermeasures;

/// <summary>
/// The countermeasures a zone's target level requires against a threat: those from that level down, or the
/// lowest-level ones when none is required yet. Remembers each answer, so make one per evaluation (not shared).
/// </summary>
internal sealed class RequiredCountermeasures(Func<string, IReadOnlyList<Countermeasure>> countermeasuresFor)
{
    private readonly Dictionary<(string Threat, int Level), List<Countermeasure>> _required = [];

    public List<Countermeasure> For(string threat, int level)
    {
        if (!_required.TryGetValue((threat, level), out var required))
        {
            var candidates = countermeasuresFor(threat);
            required = [.. candidates.Where(c => c.MinLevel <= level)];
            if (required.Count == 0 && candidates.Count > 0)
            {
                var lowest = candidates.Min(c => c.MinLevel);
                required = [.. candidates.Where(c => c.MinLevel == lowest)];
            }

            _required[(threat, level)] = required;
        }

        return required;
    }
}
