using System.Globalization;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Suppliers;

/// <summary>The supply-chain codes as people read them, in the request's language.</summary>
internal static class SupplyLabels
{
    public static string Kind(string code) => Get("SupplierKind_" + code.Replace('-', '_')) ?? code;

    public static string Category(string code) => Get("SupplyCategory_" + code) ?? code;

    public static string Phase(string code) => Get("SupplyPhase_" + code) ?? code;

    public static string Status(string code) => Get("QuestionnaireStatus_" + code) ?? code;

    public static string ActionStatus(string code) => Get("SupplierActionStatus_" + code) ?? code;

    public static string Answer(string? code) => code is null ? "–" : Get("Answer_" + code.Replace('-', '_')) ?? code;

    public static string Basis(string code) => Get("QuestionBasis_" + code.Replace('-', '_')) ?? code;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    public static string Time(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–";

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Format(CultureInfo.InvariantCulture, "{0:0.#} KB", bytes / 1024.0)
        : string.Format(CultureInfo.InvariantCulture, "{0:0.#} MB", bytes / (1024.0 * 1024));

    private static string? Get(string key) => WebText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture);
}
