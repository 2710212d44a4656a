using System.Globalization;
using FactoryCps.Catalog;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Glossary;

/// <summary>A catalogue source (<c>ext:3.3</c>, <c>main:3.1.7</c>, <c>factorycps</c>, a requirement's id) in the reader's words.</summary>
internal static class GlossarySources
{
    public static string Describe(string source, GuidelineCatalog catalog)
    {
        var culture = CultureInfo.CurrentCulture;
        if (source == "factorycps")
        {
            return "FactoryCPS";
        }

        var colon = source.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var section = source[(colon + 1)..];
            if (section.StartsWith("appendix-", StringComparison.Ordinal))
            {
                section = string.Format(culture, WebText.GlossarySourceAppendix, section["appendix-".Length..].ToUpperInvariant());
            }

            return source[..colon] switch
            {
                "ext" => string.Format(culture, WebText.GlossarySourceExtension, section),
                "main" => string.Format(culture, WebText.GlossarySourceMain, section),
                _ => source,
            };
        }

        // Otherwise a standard or law of the requirements register, named by its title.
        return catalog.Requirements.FirstOrDefault(r => r.Id == source) is { } requirement ? Lang.T(requirement.Title) : source;
    }
}
