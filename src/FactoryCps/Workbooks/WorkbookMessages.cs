namespace FactoryCps.Workbooks;

/// <summary>What can be wrong with an uploaded workbook; each becomes a message key (<see cref="WorkbookMessages"/>).</summary>
internal enum WorkbookProblemKind
{
    TooLarge,
    Encrypted,
    NotXlsx,
    TooManyParts,
    UnpacksTooLarge,
    Ratio,
    SizeMismatch,
    Dtd,
    BadXml,
    Corrupt,
    NoIdentity,
    BadIdentity,
    OtherSubject,
    StaleRevision,
    ContentChanged,
    UnexpectedSheet,
    MissingSheet,
    Header,
    Formula,
    NoKey,
    UnknownKey,
    DuplicateKey,
    MissingKey,
    ChangedText,
    InvalidChoice,
    TextTooLong,
    TextWithoutChoice,
    TextRequired,
    TextNotForChoice,
    TooManyProblems,
}

/// <summary>
/// The message keys (Resources/Messages.resx) of a workbook kind's problems: the prefix and the kind's name, or
/// the name it has in that kind's own words. The key is also the stable error code an API returns, so a kind
/// whose codes are already published (the questionnaire's <c>QuestionnaireXlsx…</c>) keeps them.
/// </summary>
internal sealed class WorkbookMessages(string prefix, IReadOnlyDictionary<WorkbookProblemKind, string>? names = null)
{
    /// <summary><c>WorkbookTooLarge</c>, <c>WorkbookInvalidChoice</c>, …: the generic wording.</summary>
    public static WorkbookMessages Default { get; } = new("Workbook");

    public string Key(WorkbookProblemKind kind) => prefix + (names?.GetValueOrDefault(kind) ?? kind.ToString());
}
