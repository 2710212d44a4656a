namespace FactoryCps.Reviews;

/// <summary>
/// What called a review (ext:3.3): the periodic turn of the cycle, or one of the changes the extension names —
/// objectives (making the plant smart), incidents, threats (an advisory of importance), the organization, suppliers.
/// </summary>
internal static class ReviewKinds
{
    public const string Periodic = "periodic";

    public static IReadOnlyList<string> All { get; } = [Periodic, "objective", "incident", "advisory", "organization", "supplier"];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
