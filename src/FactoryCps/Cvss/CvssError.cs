using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Cvss;

/// <summary>Why a vector string was rejected.</summary>
public enum CvssErrorKind
{
    Empty,
    UnknownVersion,
    MalformedMetric,
    UnknownMetric,
    DuplicateMetric,
    InvalidValue,
    OutOfOrder,
    MissingMetric,
}

/// <summary>
/// A rejected vector string: what is wrong, the metric concerned (when there is one) and the 1-based character
/// position in the original string where the problem starts, so a user can find it in a long vector.
/// </summary>
internal sealed record CvssError(CvssErrorKind Kind, string? Metric, int Position, Message Message)
{
    /// <summary>The message in a language, with the position (users see it; resources hold both languages).</summary>
    public string Render(Language language) => new Message("Cvss_AtPosition", Message.Render(language), Position).Render(language);

    public override string ToString() => Render(Language.En);
}
