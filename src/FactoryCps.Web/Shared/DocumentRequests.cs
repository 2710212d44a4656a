using System.Globalization;
using FactoryCps.Localization;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Shared;

/// <summary>
/// What a document download asks for (a procurement specification, a review's report): <c>?format=</c> one of the
/// document's formats (the fallback when absent) and <c>?lang=ja|en</c> (the user's language when absent).
/// </summary>
internal static class DocumentRequests
{
    /// <summary>The format and language, or the 400 problem naming the parameter that is wrong (<paramref name="badFormat"/> says which formats there are).</summary>
    public static (string Format, Language Language, IResult? Problem) Read(string? format, string? lang, IReadOnlyList<string> formats, string fallback, string badFormat)
    {
        var chosen = (format ?? fallback).Trim().ToLowerInvariant();
        if (!formats.Contains(chosen))
        {
            return (chosen, Lang.Current, Problems.BadRequest("format", string.Format(CultureInfo.CurrentCulture, badFormat, format)));
        }

        var language = Lang.Current;
        return lang is not null && !(lang is "ja" or "en" && Languages.TryParse(lang, out language))
            ? (chosen, language, Problems.BadRequest("lang", string.Format(CultureInfo.CurrentCulture, WebText.ProcurementBadLang, lang)))
            : (chosen, language, null);
    }
}
