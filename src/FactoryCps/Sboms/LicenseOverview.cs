namespace FactoryCps.Sboms;

/// <summary>Why a licence needs someone's attention before the component can be used with confidence.</summary>
internal enum LicenseConcern
{
    /// <summary>SPDX identifiers only (or an explicit NONE): the terms are known.</summary>
    None,

    /// <summary>The SBOM gives no licence at all.</summary>
    Missing,

    /// <summary>SPDX NOASSERTION: the SBOM's author did not determine the licence.</summary>
    NoAssertion,

    /// <summary>A free-text name, a LicenseRef- or an identifier not on the SPDX list: a person must identify it.</summary>
    Unknown,
}

/// <summary>One licence (as an SPDX expression, or null when none is given) and the components under it.</summary>
internal sealed record LicenseUsage(string? License, LicenseConcern Concern, IReadOnlyList<SbomComponent> Components);

/// <summary>
/// Which licences the components are under, for the licence management the extension's supply-chain part asks
/// of plants. Feed it the components of one SBOM or of every SBOM of a site.
/// </summary>
internal static class LicenseOverview
{
    public static IReadOnlyList<LicenseUsage> Build(IEnumerable<SbomComponent> components) =>
        [.. components
            .GroupBy(c => c.LicenseExpression, StringComparer.Ordinal)
            .Select(g => new LicenseUsage(g.Key, ConcernOf(g.First()), [.. g]))
            .OrderByDescending(u => u.Concern != LicenseConcern.None)
            .ThenByDescending(u => u.Components.Count)
            .ThenBy(u => u.License, StringComparer.Ordinal)];

    public static LicenseConcern ConcernOf(SbomComponent component)
    {
        if (component.Licenses.Count == 0)
        {
            return LicenseConcern.Missing;
        }

        if (component.Licenses.Any(l => l.Kind == SbomLicenseKind.NoAssertion))
        {
            return LicenseConcern.NoAssertion;
        }

        return component.Licenses.Any(l => l.Kind switch
        {
            SbomLicenseKind.Name => true,
            SbomLicenseKind.SpdxId or SbomLicenseKind.Expression => !IsKnownExpression(l.Value),
            _ => false,
        }) ? LicenseConcern.Unknown : LicenseConcern.None;
    }

    /// <summary>
    /// Whether every licence in an SPDX expression is on the SPDX list. Exceptions after WITH are not checked
    /// (they modify a known licence); a trailing "+" ("or later") is allowed; LicenseRef- and DocumentRef- are
    /// document-local names, so unknown here.
    /// </summary>
    public static bool IsKnownExpression(string expression)
    {
        var tokens = expression.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Equals("AND", StringComparison.OrdinalIgnoreCase) || token.Equals("OR", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (token.Equals("WITH", StringComparison.OrdinalIgnoreCase))
            {
                i++;
                continue;
            }

            if (!SpdxLicenseList.IsKnownId(token.TrimEnd('+')))
            {
                return false;
            }
        }

        return true;
    }
}
