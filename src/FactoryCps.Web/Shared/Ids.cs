using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace FactoryCps.Web.Shared;

/// <summary>
/// Identifiers shown on purpose, marked as such (<c>&lt;span class="id"&gt;</c>, muted, the font of code) after
/// the word a person reads (issue 15, docs/web.md "Words, not identifiers"): the name says what a thing is, the
/// id lets someone who works with the model file find it.
/// </summary>
internal static partial class Ids
{
    /// <summary>An id alone, marked as an identifier.</summary>
    public static IHtmlContent Id(string? id) =>
        string.IsNullOrEmpty(id) ? HtmlString.Empty : new HtmlString(IdHtml(id));

    /// <summary>A name followed by its id; the id alone (marked) when there is no name.</summary>
    public static IHtmlContent Named(string? name, string id) =>
        string.IsNullOrWhiteSpace(name) || name == id ? Id(id)
        : string.IsNullOrEmpty(id) ? new HtmlString(Encode(name))
        : new HtmlString(Encode(name) + IdHtml(id));

    /// <summary>
    /// Text written by the core for every output (a finding's message names <c>ライン1 PLC (plc-line1)</c> or
    /// <c>データフロー quality-feedback</c>): a parenthesised id of the model is marked as an identifier, a bare one
    /// is replaced by its name followed by the marked id; the rest is encoded as text.
    /// </summary>
    /// <param name="text">The core's text, in the page's language.</param>
    /// <param name="nameOf">The name of a model id, or null when it has none.</param>
    /// <param name="isId">Whether a word is an id of the model at all.</param>
    public static IHtmlContent Marked(string? text, Func<string, string?> nameOf, Func<string, bool> isId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }

        var html = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match match in IdToken().Matches(text))
        {
            var parenthesised = match.Groups["p"].Success;
            var id = parenthesised ? match.Groups["p"].Value : match.Value;
            if (!isId(id))
            {
                continue;
            }

            html.Append(Encode(text[at..match.Index]));
            html.Append(parenthesised ? IdHtml(id) : Named(nameOf(id), id).ToString());
            at = match.Index + match.Length;
        }

        return new HtmlString(html.Append(Encode(text[at..])).ToString());
    }

    /// <summary>A resource's text with its placeholders filled: plain values as text, <see cref="IHtmlContent"/> (a command in <c>code</c>) as markup.</summary>
    public static IHtmlContent Format(string format, params object?[] args) =>
        new HtmlFormattableString(System.Globalization.CultureInfo.CurrentCulture, Encode(format), args);

    /// <summary>A command of the program, quoted on a page: shown as code, not read as a word.</summary>
    public static IHtmlContent Command(string command) => new HtmlString($"<code>{Encode(command)}</code>");

    private static string IdHtml(string id) => $"<span class=\"id\">{Encode(id)}</span>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>An id in parentheses (<c>p</c>), or a bare one that is not part of a longer word, path or address.</summary>
    [GeneratedRegex(@" ?[(（](?<p>[a-z0-9][a-z0-9._-]{0,63})[)）]|(?<![A-Za-z0-9_@./:-])[a-z0-9][a-z0-9_-]{0,63}(?![A-Za-z0-9_@/-])")]
    private static partial Regex IdToken();
}
