using System.Security.Cryptography;
using System.Text;
using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>
/// A hash of the row keys and both languages' texts of the checked columns, in order: a file whose fingerprint
/// differs from the content's was exported before the rows changed, even if its identity matches.
/// </summary>
internal static class WorkbookFingerprint
{
    public static string Of(WorkbookContent content)
    {
        var checkedColumns = content.Definition.Columns.Where(c => c.Checked).ToList();
        return Of(content.Rows.Select(r => (r.Key, (IEnumerable<LocalizedText>)[.. checkedColumns.Select(c => r.Shown.GetValueOrDefault(c.Key) ?? new LocalizedText("", ""))])));
    }

    public static string Of(IEnumerable<(string Key, IEnumerable<LocalizedText> Texts)> rows)
    {
        var text = new StringBuilder();
        foreach (var (key, texts) in rows)
        {
            // Unit and record separators cannot occur in the texts, so no two lists hash the same text.
            text.Append(key);
            foreach (var shown in texts)
            {
                text.Append('\u001f').Append(shown.Ja).Append('\u001f').Append(shown.En);
            }

            text.Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
