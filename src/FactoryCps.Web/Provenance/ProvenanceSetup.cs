namespace FactoryCps.Web.Provenance;

internal static class ProvenanceSetup
{
    public static WebApplicationBuilder AddProvenance(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RenderedProvenance>();
        return builder;
    }
}
