using System.Globalization;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Audit;

/// <summary>
/// The word for an audit action id (<c>create</c>, <c>import-refused</c>, a case's <c>advance</c>…) from WebText.
/// An action without a resource shows its id, so a new action is never hidden from the log.
/// </summary>
internal static class AuditText
{
    public static string Action(string action) =>
        WebText.ResourceManager.GetString("AuditAction_" + action.Replace('-', '_'), CultureInfo.CurrentUICulture) ?? action;
}
