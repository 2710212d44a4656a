using System.CommandLine;
using FactoryCps.Cli.Database;
using FactoryCps.Cli.Resources;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Cli.Accounts;

/// <summary><c>fcps users add|reset|reset-2fa</c>: accounts from the shell, e.g. the first administrator of an air-gapped plant.</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("users", context.Text(nameof(CliText.UsersDescription)));
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Reset(context));
        command.Subcommands.Add(ResetSecondFactor(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var database = DatabaseOptions.Create(context);
        var email = Email(context);
        var name = new Option<string>("--name") { Description = context.Text(nameof(CliText.OptionUserName)) };
        var admin = new Option<bool>("--admin") { Description = context.Text(nameof(CliText.OptionAdmin)) };
        var command = new Command("add", context.Text(nameof(CliText.UsersAddDescription)));
        database.AddTo(command);
        command.Options.Add(email);
        command.Options.Add(name);
        command.Options.Add(admin);
        command.SetAction((parsed, cancellationToken) => Run(context, database, parsed, cancellationToken, accounts =>
            accounts.AddAsync(parsed.GetRequiredValue(email), parsed.GetValue(name), parsed.GetValue(admin))));
        return command;
    }

    private static Command Reset(CliContext context)
    {
        var database = DatabaseOptions.Create(context);
        var email = Email(context);
        var command = new Command("reset", context.Text(nameof(CliText.UsersResetDescription)));
        database.AddTo(command);
        command.Options.Add(email);
        command.SetAction((parsed, cancellationToken) => Run(context, database, parsed, cancellationToken, accounts => accounts.ResetAsync(parsed.GetRequiredValue(email))));
        return command;
    }

    /// <summary>A lost authenticator: the user signs in with the password alone until they enrol again; audited as the shell's.</summary>
    private static Command ResetSecondFactor(CliContext context)
    {
        var database = DatabaseOptions.Create(context);
        var email = Email(context);
        var command = new Command("reset-2fa", context.Text(nameof(CliText.UsersResetSecondFactorDescription)));
        database.AddTo(command);
        command.Options.Add(email);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var provider = await ServicesAsync(context, database, parsed, cancellationToken);
            await using var scope = provider.CreateAsyncScope();
            var address = parsed.GetRequiredValue(email);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
            if (await users.FindByEmailAsync(address) is not { } user)
            {
                context.Environment.Error.WriteLine($"UnknownUser: {address}");
                return ExitCodes.InvalidInput;
            }

            if (!await scope.ServiceProvider.GetRequiredService<SecondFactorReset>().ResetAsync(user, new Actor(null, "fcps users reset-2fa"), siteId: null))
            {
                return ExitCodes.InvalidInput;
            }

            context.Environment.Out.WriteLine(context.Text(nameof(CliText.SecondFactorReset), address));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> Email(CliContext context) =>
        new("--email") { Description = context.Text(nameof(CliText.OptionEmail)), HelpName = "ADDRESS", Required = true };

    private static async Task<ServiceProvider> ServicesAsync(CliContext context, DatabaseOptions database, ParseResult parsed, CancellationToken cancellationToken)
    {
        var connection = database.ConnectionString(parsed, context);
        await new DatabaseMaintenance(connection, context.Environment.Time).MigrateAsync(cancellationToken);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(context.Environment.Time);
        services.AddDbContext<FcpsDbContext>(options => Web.Data.Database.Configure(options, connection));
        services.AddFactoryCpsIdentityCore();
        services.AddSingleton(context.Environment.Time);
        services.AddSingleton<FactoryCps.Web.Accounts.Sessions.SessionCheck>();
        services.AddScoped<FactoryCps.Web.Accounts.Sessions.SessionStore>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<SecondFactorReset>();
        return services.BuildServiceProvider();
    }

    private static async Task<int> Run(CliContext context, DatabaseOptions database, ParseResult parsed, CancellationToken cancellationToken, Func<UserAdministration, Task<AccountResult>> action)
    {
        await using var provider = await ServicesAsync(context, database, parsed, cancellationToken);
        await using var scope = provider.CreateAsyncScope();

        var result = await action(scope.ServiceProvider.GetRequiredService<UserAdministration>());
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                context.Environment.Error.WriteLine($"{error.Code}: {error.Description}");
            }

            return ExitCodes.InvalidInput;
        }

        // Shown once, on stdout only, so a script can hand it on; it is never stored or logged.
        context.Environment.Out.WriteLine(context.Text(nameof(CliText.OneTimePassword), result.Password));
        return ExitCodes.Success;
    }
}
