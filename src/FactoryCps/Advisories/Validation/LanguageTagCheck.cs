using TagResult = (FactoryCps.Advisories.Validation.LanguageTagProblem Problem, string? Subtag);

namespace FactoryCps.Advisories.Validation;

/// <summary>Why a language tag is not a valid BCP 47 tag (the check also names the offending subtag, if any).</summary>
internal enum LanguageTagProblem
{
    None,
    Malformed,
    UnknownSubtag,
    RepeatedSubtag,
}

/// <summary>
/// Checks that a language tag is well-formed (RFC 5646 §2.1, the ABNF) and valid (§2.2.9): every language, extlang,
/// script, region and variant subtag is in the IANA registry, an extlang follows its registered prefix (§2.2.2),
/// extension singletons are registered ones (§2.2.6) and no variant or singleton is repeated. A variant's
/// registered prefixes are a recommendation (SHOULD, §2.2.5) and are not enforced.
/// </summary>
internal static class LanguageTagCheck
{
    /// <summary>The singletons of the IANA Language Tag Extensions Registry: "t" (RFC 6497) and "u" (RFC 6067).</summary>
    private static readonly HashSet<string> ExtensionSingletons = new(StringComparer.OrdinalIgnoreCase) { "t", "u" };

    public static TagResult Check(string tag, LanguageSubtagRegistry registry)
    {
        if (registry.IsGrandfathered(tag))
        {
            return (LanguageTagProblem.None, null);
        }

        var parts = tag.Split('-');
        if (parts.Any(p => p.Length is 0 or > 8 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            return (LanguageTagProblem.Malformed, null);
        }

        var i = 0;
        if (!IsPrivateUse(parts, ref i))
        {
            var problem = Language(parts, ref i, registry);
            if (problem.Problem != LanguageTagProblem.None)
            {
                return problem;
            }

            problem = ScriptRegionVariants(parts, ref i, registry);
            if (problem.Problem != LanguageTagProblem.None)
            {
                return problem;
            }

            problem = Extensions(parts, ref i);
            if (problem.Problem != LanguageTagProblem.None)
            {
                return problem;
            }

            IsPrivateUse(parts, ref i);
        }

        return i == parts.Length ? (LanguageTagProblem.None, null) : (LanguageTagProblem.Malformed, null);
    }

    private static TagResult Language(string[] parts, ref int i, LanguageSubtagRegistry registry)
    {
        var language = parts[i];
        if (language.Length < 2 || !language.All(char.IsAsciiLetter))
        {
            return (LanguageTagProblem.Malformed, null);
        }

        if (!registry.Has("language", language))
        {
            return (LanguageTagProblem.UnknownSubtag, language);
        }

        i++;
        var extlangs = 0;
        while (language.Length <= 3 && i < parts.Length && parts[i].Length == 3 && parts[i].All(char.IsAsciiLetter))
        {
            // Only the first extlang position is usable; the second and third are permanently reserved (§2.2.2).
            if (++extlangs > 1 || !string.Equals(registry.ExtlangPrefix(parts[i]), language, StringComparison.OrdinalIgnoreCase))
            {
                return (LanguageTagProblem.UnknownSubtag, parts[i]);
            }

            i++;
        }

        return (LanguageTagProblem.None, null);
    }

    private static TagResult ScriptRegionVariants(string[] parts, ref int i, LanguageSubtagRegistry registry)
    {
        if (i < parts.Length && parts[i].Length == 4 && parts[i].All(char.IsAsciiLetter))
        {
            if (!registry.Has("script", parts[i]))
            {
                return (LanguageTagProblem.UnknownSubtag, parts[i]);
            }

            i++;
        }

        if (i < parts.Length && ((parts[i].Length == 2 && parts[i].All(char.IsAsciiLetter)) || (parts[i].Length == 3 && parts[i].All(char.IsAsciiDigit))))
        {
            if (!registry.Has("region", parts[i]))
            {
                return (LanguageTagProblem.UnknownSubtag, parts[i]);
            }

            i++;
        }

        var variants = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (i < parts.Length && (parts[i].Length >= 5 || (parts[i].Length == 4 && char.IsAsciiDigit(parts[i][0]))))
        {
            if (!registry.Has("variant", parts[i]))
            {
                return (LanguageTagProblem.UnknownSubtag, parts[i]);
            }

            if (!variants.Add(parts[i]))
            {
                return (LanguageTagProblem.RepeatedSubtag, parts[i]);
            }

            i++;
        }

        return (LanguageTagProblem.None, null);
    }

    private static TagResult Extensions(string[] parts, ref int i)
    {
        var singletons = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (i < parts.Length && parts[i].Length == 1 && !parts[i].Equals("x", StringComparison.OrdinalIgnoreCase))
        {
            var singleton = parts[i++];
            var start = i;
            while (i < parts.Length && parts[i].Length >= 2)
            {
                i++;
            }

            if (i == start)
            {
                return (LanguageTagProblem.Malformed, null);
            }

            if (!ExtensionSingletons.Contains(singleton))
            {
                return (LanguageTagProblem.UnknownSubtag, singleton);
            }

            if (!singletons.Add(singleton))
            {
                return (LanguageTagProblem.RepeatedSubtag, singleton);
            }
        }

        return (LanguageTagProblem.None, null);
    }

    /// <summary>Consumes a private-use section "x-…" (one or more subtags of 1–8 characters) if one starts at <paramref name="i"/>.</summary>
    private static bool IsPrivateUse(string[] parts, ref int i)
    {
        if (i + 1 < parts.Length && parts[i].Equals("x", StringComparison.OrdinalIgnoreCase))
        {
            i = parts.Length;
            return true;
        }

        return false;
    }
}
