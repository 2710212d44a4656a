namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>A supplier's answer to the question <paramref name="ItemId"/>, with an optional comment.</summary>
internal sealed record SupplierAnswer(string ItemId, AnswerChoice Choice, string? Comment)
{
    /// <summary>
    /// The longest comment, in characters, wherever it is entered (portal, staff page, spreadsheet): one limit, so an
    /// answer saved on a page can always travel through an exported workbook and back.
    /// </summary>
    public const int MaxCommentLength = 4000;
}
