using System.Globalization;

namespace FactoryCps.Web.Zones;

/// <summary>
/// One row of the zone page's countermeasure statuses as submitted: what the person chose, and what the page showed
/// when it was loaded (the version of the zone's own record and the shown values), so that only the rows the person
/// changed are saved and each is refused if its record changed since.
/// </summary>
internal sealed class StatusInput
{
    public string Countermeasure { get; set; } = "";

    public int? Version { get; set; }

    public string Status { get; set; } = "";

    public string? Owner { get; set; }

    public string? Due { get; set; }

    public string ShownStatus { get; set; } = "";

    public string? ShownOwner { get; set; }

    public string? ShownDue { get; set; }

    /// <summary>Whether the person changed anything in this row (blank and missing are the same).</summary>
    public bool Changed =>
        Status != ShownStatus || Trimmed(Owner) != Trimmed(ShownOwner) || Trimmed(Due) != Trimmed(ShownDue);

    /// <summary>The due date as the model writes it, or null when blank; false when it is no date.</summary>
    public bool TryDue(out string? due)
    {
        due = Trimmed(Due);
        return due is null || DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
