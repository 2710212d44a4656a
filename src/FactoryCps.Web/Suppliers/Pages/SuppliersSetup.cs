using FactoryCps.Web.Api;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Pages;

internal static class SuppliersSetup
{
    /// <summary>Suppliers, supplied items, questionnaires, evidence, invitation links and the supplier portal.</summary>
    public static WebApplicationBuilder AddSuppliers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SupplierOptions>().Bind(builder.Configuration.GetSection(SupplierOptions.Section))
            .Validate(o => o.IsValid, "Fcps:Suppliers: InvitationDays must be 1..90, EvidenceMaxBytes 65536..104857600, ReassessmentMonths 1..60, ContractLeadDays and SupportEndLeadDays 0..730.")
            .ValidateOnStart();
        builder.Services.AddScoped<SupplierDirectory>();
        builder.Services.AddScoped<QuestionnaireDesk>();
        builder.Services.AddScoped<PortalInvitations>();
        builder.Services.AddScoped<QuestionnaireWorkbooks>();
        builder.Services.AddScoped<QuestionnaireJudging>();
        builder.Services.AddScoped<SupplierActions>();
        builder.Services.AddScoped<SupplierReassessments>();
        builder.Services.AddScoped<SupplierOverview>();
        builder.AddPortal();
        return builder;
    }

    /// <summary>The API for suppliers, questionnaires, invitations, workbooks and actions, and the portal's own endpoints.</summary>
    public static WebApplication MapSupplierEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapSuppliers();
        app.MapPortalEndpoints();
        return app;
    }
}
