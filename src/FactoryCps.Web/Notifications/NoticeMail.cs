using System.Globalization;
using System.Net;
using System.Text;
using FactoryCps.Web.Resources;
using MimeKit;

namespace FactoryCps.Web.Notifications;

/// <summary>What a notice's e-mail says, in the recipient's language: the kind's words and the subject, the site, the due date, and links built from the public address.</summary>
internal static class NoticeMail
{
    /// <summary>The message to <paramref name="to"/> (links absolute, from the configured public address, never from a request).</summary>
    public static MimeMessage Compose(InboxNotice notice, string? siteName, string to, string? toName, string from, CultureInfo culture, string link, string inbox)
    {
        string T(string name) => WebText.ResourceManager.GetString(name, culture)!;
        var words = NoticeWords.Of(notice.Kind, culture);
        var lines = new List<string> { T(nameof(WebText.NoticeMailIntro)), "", $"{words}: {notice.Subject}" };
        if (siteName is not null)
        {
            lines.Add(string.Format(culture, T(nameof(WebText.NoticeMailSite)), siteName));
        }

        if (notice.Due is { } due)
        {
            lines.Add(string.Format(culture, T(nameof(WebText.NoticeMailDue)), due.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        lines.Add("");
        lines.Add(string.Format(culture, T(nameof(WebText.NoticeMailOpen)), link));
        lines.Add(string.Format(culture, T(nameof(WebText.NoticeMailInbox)), inbox));
        lines.Add("");
        lines.Add(T(nameof(WebText.NoticeMailFooter)));

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(toName ?? "", to));
        message.Subject = string.Format(culture, T(nameof(WebText.NoticeMailSubject)), words, notice.Subject);
        // Threads in a mail client are the notice's own: the same key is never mailed twice to one person.
        message.Headers.Add("X-FactoryCPS-Notice", notice.Kind);
        var body = new BodyBuilder { TextBody = string.Join("\n", lines), HtmlBody = Html(lines, culture, link, inbox) };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Html(List<string> lines, CultureInfo culture, string link, string inbox)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(culture.TwoLetterISOLanguageName).Append("\"><body>");
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var encoded = WebUtility.HtmlEncode(line);
            // The two address lines become links; every other line is text.
            foreach (var address in new[] { link, inbox })
            {
                var shown = WebUtility.HtmlEncode(address);
                if (encoded.EndsWith(shown, StringComparison.Ordinal))
                {
                    encoded = encoded[..^shown.Length] + $"<a href=\"{shown}\">{shown}</a>";
                    break;
                }
            }

            html.Append("<p>").Append(encoded).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }
}
