using FactoryCps.Web.Api;
using FactoryCps.Web.Shared;

namespace FactoryCps.Web.Notifications;

internal static class NotificationsSetup
{
    /// <summary>
    /// The inbox every feature sends notices to (<see cref="INoticeSender"/>), optional e-mail through the plant's
    /// SMTP relay, and the reminder schedule asking every registered <see cref="IReminderSource"/>.
    /// </summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpSettings>().Bind(builder.Configuration.GetSection(SmtpSettings.Section))
            .Validate(s => !s.Configured || (s.Port is > 0 and <= 65535 && SmtpSettings.SecurityModes.Contains(s.Security, StringComparer.OrdinalIgnoreCase)
                && MailAddresses.IsValid(s.From) && s.MaxAttempts is > 0 and <= 100
                && (string.IsNullOrWhiteSpace(s.CertificateSha256) || s.PinnedSha256() is not null)),
                $"{SmtpSettings.Section}: Port 1..65535, Security one of none|starttls|tls|auto, From an e-mail address, MaxAttempts 1..100, CertificateSha256 64 hex digits.")
            .ValidateOnStart();
        builder.Services.AddSingleton<UnreadCounts>();
        builder.Services.AddSingleton<MailSignal>();
        builder.Services.AddSingleton<INoticeSender, InboxSender>();
        builder.Services.AddScoped<Inbox>();
        builder.Services.AddSingleton<IInboxCount, InboxHeader>();
        builder.Services.AddSingleton<MailRelay>();
        builder.Services.AddSingleton<NoticeMailer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NoticeMailer>());
        builder.Services.AddSingleton<ReminderSchedule>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReminderSchedule>());
        return builder;
    }

    /// <summary>The inbox's API (the page is a Razor Page).</summary>
    public static WebApplication MapNotificationEndpoints(this WebApplication app)
    {
        app.MapApiGroup().MapInbox();
        return app;
    }
}
