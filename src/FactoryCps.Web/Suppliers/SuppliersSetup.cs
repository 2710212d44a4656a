using FactoryCps.Web.Suppliers.Portal;

namespace FactoryCps.Web.Suppliers;

internal static class SuppliersSetup
{
    /// <summary>Suppliers, supplied items, questionnaires, evidence, invitation links and the supplier portal.</summary>
    public static WebApplicationBuilder AddSuppliers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SupplierOptions>().Bind(builder.Configuration.GetSection(SupplierOptions.Section))
            .Validate(o => o.IsValid, "Fcps:Suppliers: InvitationDays must be 1..90 and EvidenceMaxBytes 65536..104857600.")
            .ValidateOnStart();
        builder.Services.AddScoped<SupplierDirectory>();
        builder.Services.AddScoped<QuestionnaireDesk>();
        builder.Services.AddScoped<PortalInvitations>();
        builder.Services.AddScoped<QuestionnaireWorkbooks>();
        builder.AddPortal();
        return builder;
    }
}
