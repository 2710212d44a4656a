namespace FactoryCps.Web.Hosting;

/// <summary>
/// Bad values of the settings read while the application is assembled (proxies, HTTPS, the key certificate). A throw
/// there would end the process with a stack trace, and under the tests' host before anyone could read why; so each
/// is noted here, and the start-up task stops the start with every message, before anything is written, as it does
/// for a malformed public address.
/// </summary>
internal sealed class BadSettings
{
    private readonly List<string> _messages = [];

    /// <summary>The one instance of an application, registered on first use.</summary>
    public static BadSettings Of(IServiceCollection services)
    {
        if (services.FirstOrDefault(s => s.ServiceType == typeof(BadSettings))?.ImplementationInstance is BadSettings existing)
        {
            return existing;
        }

        var created = new BadSettings();
        services.AddSingleton(created);
        return created;
    }

    public void Note(StartupException problem) => _messages.Add(problem.Message);

    public void ThrowIfAny()
    {
        if (_messages.Count > 0)
        {
            throw new StartupException(string.Join(Environment.NewLine, _messages));
        }
    }
}
