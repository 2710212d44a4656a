using System.Text.RegularExpressions;

namespace FactoryCps.Tests.Catalog;

/// <summary>
/// One spelling in English: American (-ize, -or, -er, -og, -se, one l). British forms are not concepts, so they are
/// not glossary entries; this list holds the families found in the resources and the catalogue (and their
/// neighbours), matched as whole words so that "exercise", "enterprise" or "compromise" stay.
/// </summary>
internal static partial class BritishSpellings
{
    public static List<string> Find(IEnumerable<UsedText> texts) =>
        [.. texts.Where(t => t.Language == "en")
            .SelectMany(t => British().Matches(t.Text).Select(m => $"{t.File}: {t.Key} uses the British spelling {m.Value}"))];

    [GeneratedRegex("""
        (?<![\p{L}\p{N}_/-])(?:
          (?:organ|real|recogn|author|priorit|summar|synchron|harmon|anonym|standard|custom|optim|minim|maxim|util|normal|visual|final|initial|categor|character|emphas|special|central|local|serial|sanit|digit|memor|modern|mobil|stabil|apolog|critic|capital|formal|personal|symbol|scrutin|jeopard|item|prior|legitim|polar|synthes|hypothes|emphas)is(?:e|es|ed|ing|er|ers|ation|ations|able)
          | (?:analy|paraly|cataly)s(?:e|es|ed|ing)
          | (?:col|behavi|fav|hon|lab|neighb|rum|hum|flav|harb|endeav|vap|arm|sav|od|val|vig|cand|splend|tum)our(?:s|ed|ing|able|ite|ites)?
          | (?:cent|met|lit|fib|theat|calib|meag|somb|spect)re(?:s|d)?
          | (?:catal|anal|dial)ogue(?:s|d)?
          | (?:defen|offen|licen|preten)ce(?:s)?
          | (?:model|label|cancel|travel|signal|level|fuel|total|channel|counsel)l(?:ed|ing|er|ers)
          | enrol(?:s|ment|ments)? | fulfil(?:s|ment)? | instalment(?:s)? | skilful | wilful
          | mould(?:s|ed|ing)? | programme(?:s)? | grey | judgement(?:s)? | acknowledgement(?:s)? | ageing | manoeuvre(?:s)? | aluminium | sceptical | practis(?:e|es|ed|ing)
        )(?![\p{L}\p{N}_-])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex British();
}
