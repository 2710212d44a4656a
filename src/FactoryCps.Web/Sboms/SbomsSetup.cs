namespace FactoryCps.Web.Sboms;

internal static class SbomsSetup
{
    public static WebApplicationBuilder AddSboms(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SbomStore>();
        return builder;
    }
}
