using System.Net;
using System.Text;

namespace FactoryCps.Reports;

/// <summary>Builds HTML with every text escaped; only this class writes markup.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();

    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>').Append(Escape(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Section(string id, string title, Action<HtmlWriter> body, bool pageBreak = true)
    {
        _html.Append("<section id=\"").Append(id).Append('"').Append(pageBreak ? " class=\"page\"" : "").Append("><h2>").Append(Escape(title)).Append("</h2>");
        body(this);
        _html.Append("</section>");
        return this;
    }

    /// <summary>A table; cells are text unless given as <see cref="HtmlCell.Markup"/>.</summary>
    public HtmlWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<HtmlCell>> rows, string? cssClass = null)
    {
        _html.Append("<table").Append(cssClass is null ? "" : $" class=\"{cssClass}\"").Append("><thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th>").Append(Escape(header)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            foreach (var cell in row)
            {
                _html.Append("<td").Append(cell.CssClass is null ? "" : $" class=\"{cell.CssClass}\"").Append('>').Append(cell.IsMarkup ? cell.Content : Escape(cell.Content)).Append("</td>");
            }

            _html.Append("</tr>");
        }

        _html.Append("</tbody></table>");
        return this;
    }

    public override string ToString() => _html.ToString();
}

/// <summary>A table cell: escaped text, or markup produced by this report's own code.</summary>
internal sealed record HtmlCell(string Content, bool IsMarkup = false, string? CssClass = null)
{
    public static implicit operator HtmlCell(string? text) => new(text ?? "");

    public static HtmlCell Markup(string markup, string? cssClass = null) => new(markup, true, cssClass);

    public static HtmlCell Number(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), CssClass: "num");
}
