using System.Globalization;
using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>What a difference in an identity field means when a file comes back.</summary>
internal enum IdentityRole
{
    /// <summary>What the workbook is about (a questionnaire, a site, an object): another value is a foreign file.</summary>
    Subject,

    /// <summary>Which state of it (a round, a revision): another value is a stale file.</summary>
    Revision,
}

/// <summary>
/// One row of the identity sheet after <c>format</c>. <paramref name="Canonical"/> turns the text found into the
/// form the writer writes, or null when it is not well-formed (then <paramref name="Description"/>, which also names the field in
/// messages, says what was expected), so that <c>007</c> and <c>7</c> are the same round and a GUID's case does not matter.
/// </summary>
internal sealed record IdentityField(string Key, LocalizedText Description, IdentityRole Role, Func<string, string?> Canonical)
{
    public static IdentityField Guid(string key, LocalizedText description, IdentityRole role) =>
        new(key, description, role, text => System.Guid.TryParseExact(text, "D", out var id) ? Text(id) : null);

    public static IdentityField Number(string key, LocalizedText description, IdentityRole role) =>
        new(key, description, role, text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Text(n) : null);

    public static IdentityField Name(string key, LocalizedText description, IdentityRole role) =>
        new(key, description, role, text => text.Length == 0 ? null : text);

    /// <summary>The identity value of a GUID as the writer writes it.</summary>
    public static string Text(System.Guid id) => id.ToString("D");

    /// <summary>The identity value of a number as the writer writes it.</summary>
    public static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
