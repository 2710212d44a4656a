using System.Net;
using FactoryCps.Web.Suppliers.Accounts;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>Supplier accounts for tests: made through the service the supplier page uses, signed in through the portal's forms.</summary>
internal static class SupplierAccountClients
{
    public const string ChosenPassword = "Kaizen-Portal-2026";

    /// <summary>An account for the questionnaire's supplier at its site; returns it with its one-time password.</summary>
    public static async Task<(SupplierAccount Account, string Password)> CreateAsync(WebFactory factory, Questionnaire questionnaire, string login = "sato@maker-a.example", string name = "Sato Hanako")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (account, password, refusal) = await scope.ServiceProvider.GetRequiredService<SupplierAccounts>()
            .CreateAsync(questionnaire.SiteId, questionnaire.SupplierId, login, name, SupplyTestData.Lead);
        Assert.Null(refusal);
        return (account!, password!);
    }

    public static HttpClient Browser(WebFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    /// <summary>Posts the login form; the response tells where it leads (or 401 with the one message).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string login, string password)
    {
        var form = await Forms.GetAsync(client, "/portal/login", "#login-form");
        return await form.SubmitAsync(client, new() { ["LoginName"] = login, ["Password"] = password });
    }

    /// <summary>Posts the password form of a signed-in account.</summary>
    public static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string chosen, string? repeated = null)
    {
        var form = await Forms.GetAsync(client, "/portal/password", "#password-form");
        return await form.SubmitAsync(client, new() { ["Current"] = current, ["Chosen"] = chosen, ["Repeated"] = repeated ?? chosen });
    }

    /// <summary>A browser-like client of a new account for the questionnaire's supplier, signed in with its own password.</summary>
    public static async Task<(HttpClient Client, SupplierAccount Account)> SignedInAsync(WebFactory factory, Questionnaire questionnaire, string login = "sato@maker-a.example")
    {
        var (account, password) = await CreateAsync(factory, questionnaire, login);
        var client = Browser(factory);
        Assert.Equal("/portal/password", (await LoginAsync(client, login, password)).Headers.Location?.OriginalString);
        var changed = await ChangePasswordAsync(client, password, ChosenPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/portal", changed.Headers.Location?.OriginalString);
        return (client, account);
    }
}
