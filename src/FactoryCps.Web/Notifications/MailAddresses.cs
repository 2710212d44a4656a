using MimeKit;

namespace FactoryCps.Web.Notifications;

internal static class MailAddresses
{
    public static bool IsValid(string? address) =>
        !string.IsNullOrWhiteSpace(address) && MailboxAddress.TryParse(address, out var parsed) && parsed.Address.Contains('@', StringComparison.Ordinal);
}
