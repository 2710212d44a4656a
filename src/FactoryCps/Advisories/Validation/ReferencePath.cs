namespace FactoryCps.Advisories.Validation;

/// <summary>
/// The JSON pointer of a product id reference, kept as its parts and formatted only when a test reports it:
/// big advisories have tens of thousands of references and almost all of them are fine.
/// Reads "{Head}/{A}/{Middle}[/{B}][/{Tail}][/{C}]"; absent parts are null or -1.
/// </summary>
internal readonly record struct ReferencePath(string Head, int A, string Middle, int B = -1, string? Tail = null, int C = -1)
{
    public override string ToString()
    {
        var text = $"{Head}/{A}/{Middle}";
        if (B >= 0)
        {
            text += $"/{B}";
        }

        if (Tail is not null)
        {
            text += $"/{Tail}";
        }

        return C >= 0 ? $"{text}/{C}" : text;
    }
}
