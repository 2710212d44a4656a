namespace FactoryCps.Charts;

/// <summary>
/// The one palette of the pictures and the tables: a fill per risk grade (highest first, as the catalogue lists
/// them) and per countermeasure status, each with the text colour that reads on it at WCAG AA (4.5:1 or more,
/// checked by ChartPaletteTests). Every coloured mark also carries its word or letter: colour is never alone.
/// </summary>
internal static class ChartPalette
{
    /// <summary>Fill and text of the grades, highest risk first; a catalogue with more grades reuses the last.</summary>
    public static IReadOnlyList<ChartColour> Grades { get; } =
    [
        new("#8e0000", "#ffffff"),
        new("#ef6c00", "#000000"),
        new("#ffd54f", "#000000"),
        new("#c5e1a5", "#000000"),
        new("#e8f5e9", "#000000"),
    ];

    /// <summary>Fill and text of the countermeasure statuses, in the model's order (implemented … not applicable).</summary>
    public static IReadOnlyDictionary<string, ChartColour> Statuses { get; } = new Dictionary<string, ChartColour>(StringComparer.Ordinal)
    {
        ["implemented"] = new("#2e7d32", "#ffffff"),
        ["partial"] = new("#aed581", "#000000"),
        ["planned"] = new("#90caf9", "#000000"),
        ["missing"] = new("#c62828", "#ffffff"),
        ["not-applicable"] = new("#eeeeee", "#000000"),
    };

    /// <summary>A cell where no threat applies: light, with a dash in a grey that still reads.</summary>
    public static ChartColour Empty { get; } = new("#f4f6f8", "#5f6b7a");

    /// <summary>Lines and labels.</summary>
    public const string Ink = "#212121";

    public const string Line = "#cfd8dc";

    public static ChartColour Grade(int index) => Grades[Math.Clamp(index, 0, Grades.Count - 1)];

    public static ChartColour Status(string status) => Statuses.GetValueOrDefault(status, Empty);

    /// <summary>WCAG 2 contrast ratio of two #rrggbb colours.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string colour)
    {
        double Channel(int at)
        {
            var c = Convert.ToInt32(colour.Substring(at, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}

/// <summary>A fill and the text colour that reads on it.</summary>
internal sealed record ChartColour(string Fill, string Text);
