using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactoryCps.Advisories;
using FactoryCps.Localization;

namespace FactoryCps.Cli.Advisories;

/// <summary>
/// The <c>--format json</c> report of <c>fcps csaf validate</c>, written straight to UTF-8: a folder of advisories
/// yields tens of thousands of findings, and building a node tree first cost more than many of the tests.
/// Same shape and formatting as the other structured outputs (indented, absent values left out).
/// </summary>
internal static class CsafJsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Japanese stays readable; this output goes to files and terminals, never into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, IReadOnlyList<CsafReport> reports, CsafPreset preset, Language language)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteBoolean("valid", reports.All(r => r.IsValid));
            json.WriteString("preset", CsafPresets.Codes[(int)preset]);
            json.WriteStartArray("notChecked");
            foreach (var id in CsafValidator.NotCheckedIn(preset))
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                WriteFile(json, report, language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteFile(Utf8JsonWriter json, CsafReport report, Language language)
    {
        json.WriteStartObject();
        json.WriteString("file", report.File);
        json.WriteBoolean("valid", report.IsValid);
        if (report.TrackingId is { } id)
        {
            json.WriteString("trackingId", id);
        }

        if (report.TrackingVersion is { } version)
        {
            json.WriteString("version", version);
        }

        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("test", finding.TestId);
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteString("path", finding.Path);
            json.WriteString("message", finding.Message.Render(language));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
