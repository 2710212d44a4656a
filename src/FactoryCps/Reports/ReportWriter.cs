using System.Text;
using FactoryCps.Analysis;
using FactoryCps.Plans;

namespace FactoryCps.Reports;

/// <summary>
/// Renders the requested formats in memory, then writes them into the output folder, each through a temporary
/// file and a rename: a failure leaves no half-written report, and nothing is written when rendering fails.
/// </summary>
internal static class ReportWriter
{
    public static IReadOnlyList<string> Formats { get; } = ["html", "xlsx", "md", "json", "svg"];

    public static IReadOnlyList<string> Write(ReportContext context, string directory, IReadOnlyCollection<string> formats, string baseName)
    {
        var rendered = formats.Distinct().Select(format => (File: $"{baseName}.{format}", Bytes: Render(context, format))).ToList();
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (file, bytes) in rendered)
        {
            var path = Path.Combine(directory, file);
            var temporary = Path.Combine(directory, $".{file}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            written.Add(path);
        }

        return written;
    }

    public static byte[] Render(ReportContext context, string format)
    {
        var utf8 = new UTF8Encoding(false);
        switch (format)
        {
            case "html":
                return utf8.GetBytes(HtmlReport.Render(context));
            case "md":
                return utf8.GetBytes(MarkdownReport.Render(context));
            case "svg":
                return utf8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + context.Diagram(assets: false).StandaloneSvg);
            case "json":
                var json = AnalysisJson.Write(context.Analysis, context.Catalog);
                json["plan"] = PlanJson.Write(context.Plan, context.Catalog);
                return utf8.GetBytes(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            case "xlsx":
                using (var stream = new MemoryStream())
                {
                    XlsxReport.Write(context, stream);
                    return stream.ToArray();
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }
}
