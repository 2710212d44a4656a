using System.Globalization;
using FactoryCps.Model;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Suppliers;

/// <summary>
/// Checks a supplier or a supplied item before it is stored: required texts and their lengths, known codes, dates
/// in order, and every model id (stakeholder, zones, assets, externals, conduits) present in the site's model now.
/// Errors are keyed by the field names the forms and the API use.
/// </summary>
internal static class SupplyValidation
{
    public const int MaxName = 200;
    public const int MaxContact = 500;
    public const int MaxIds = 100;

    public static SupplyErrors Check(SupplierInput input, FactoryModel model)
    {
        var errors = new SupplyErrors();
        Text(errors, "name", input.Name, MaxName, required: true);
        Text(errors, "contact", input.Contact, MaxContact, required: false);
        Code(errors, "kind", input.Kind, SupplyCodes.SupplierKinds);
        if (input.Stakeholder is { Length: > 0 } id && model.Stakeholders.All(s => s.Id != id))
        {
            errors.Add("stakeholder", Format(WebText.SupplyUnknownModelId, id));
        }

        return errors;
    }

    public static SupplyErrors Check(SuppliedItemInput input, FactoryModel model)
    {
        var errors = new SupplyErrors();
        Text(errors, "name", input.Name, MaxName, required: true);
        Code(errors, "category", input.Category, SupplyCodes.Categories);
        Code(errors, "phase", input.Phase, SupplyCodes.Phases);
        if (input.ContractStart is { } start && input.ContractEnd is { } end && end < start)
        {
            errors.Add("contractEnd", WebText.SupplyContractEndBeforeStart);
        }

        Ids(errors, "zones", input.Zones, model.Zones);
        Ids(errors, "assets", input.Assets, model.Assets);
        Ids(errors, "externals", input.Externals, model.Externals);
        Ids(errors, "conduits", input.Conduits, model.Conduits);
        return errors;
    }

    private static void Text(SupplyErrors errors, string field, string? value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, WebText.SupplyRequired);
        }
        else if (value?.Trim().Length > max)
        {
            errors.Add(field, Format(WebText.SupplyTooLong, max));
        }
    }

    private static void Code(SupplyErrors errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is null || !allowed.Contains(value))
        {
            errors.Add(field, Format(WebText.SupplyExpectedOneOf, string.Join(" | ", allowed)));
        }
    }

    private static void Ids(SupplyErrors errors, string field, IReadOnlyList<string>? ids, IEnumerable<ModelElement> known)
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Count > MaxIds)
        {
            errors.Add(field, Format(WebText.SupplyTooManyIds, MaxIds));
            return;
        }

        var present = known.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !present.Contains(id)))
        {
            errors.Add(field, Format(WebText.SupplyUnknownModelId, id));
        }
    }

    private static string Format(string format, object arg) => string.Format(CultureInfo.CurrentCulture, format, arg);
}
