using System.Security.Cryptography;
using System.Text;

namespace FactoryCps.Suppliers.Excel;

/// <summary>
/// A hash of the item ids and both languages' texts in order: a file whose fingerprint differs from the
/// questionnaire's was exported before the questions changed, even if its id and round match.
/// </summary>
internal static class QuestionnaireFingerprint
{
    public static string Of(IEnumerable<QuestionnaireQuestion> questions)
    {
        var text = new StringBuilder();
        foreach (var question in questions)
        {
            // Unit and record separators cannot occur in the texts, so no two lists hash the same text.
            text.Append(question.ItemId).Append('\u001f').Append(question.Text.Ja).Append('\u001f').Append(question.Text.En).Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
