using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Excel;

/// <summary>Where things are in a questionnaire workbook: shared by the writer, the reader and the docs.</summary>
internal static class QuestionnaireLayout
{
    /// <summary>The very hidden sheet holding the identity; its name is not translated so any file can be identified.</summary>
    public const string IdentitySheet = "FactoryCPS";

    /// <summary>Marks the identity sheet's layout; a later layout change gets a new value.</summary>
    public const string FormatMarker = "factorycps-questionnaire-xlsx/1";

    public const int MaxCommentLength = SupplierAnswer.MaxCommentLength;

    public const string ItemIdColumn = "A";
    public const string BasisColumn = "B";
    public const string QuestionColumn = "C";
    public const string AnswerColumn = "D";
    public const string CommentColumn = "E";

    public static IReadOnlyList<string> Columns { get; } = [ItemIdColumn, BasisColumn, QuestionColumn, AnswerColumn, CommentColumn];

    /// <summary>Row 1 holds the headings; question i (0-based) is in row i + 2.</summary>
    public const int FirstItemRow = 2;

    public static IReadOnlyList<string> Headings(Language language) =>
        [.. new[] { "ColItemId", "ColBasis", "ColQuestion", "ColAnswer", "ColComment" }.Select(k => ExcelText.Get(k, language))];

    public static string InstructionsSheet(Language language) => ExcelText.Get("SheetInstructions", language);

    public static string ItemsSheet(Language language) => ExcelText.Get("SheetItems", language);

    public static IReadOnlyList<string> SheetNames(Language language) => [InstructionsSheet(language), ItemsSheet(language), IdentitySheet];

    /// <summary>The identity sheet: one key per row in column A, its value in column B.</summary>
    internal static class Identity
    {
        public const string Format = "format";
        public const string Questionnaire = "questionnaire";
        public const string Round = "round";
        public const string Language = "language";
        public const string Fingerprint = "fingerprint";

        public static IReadOnlyList<string> Keys { get; } = [Format, Questionnaire, Round, Language, Fingerprint];
    }
}
