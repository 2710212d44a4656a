using System.Text;
using FactoryCps.Documents;

namespace FactoryCps.Procurement;

/// <summary>The specification as Markdown, for review in git or pasting into a wiki.</summary>
internal static class SpecificationMarkdown
{
    public static string Render(TextDocument document)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(document.Title)).Append("\n\n");
        md.Append("**").Append(Inline(document.Subtitle)).Append("**\n\n");
        foreach (var (label, value) in document.Meta)
        {
            md.Append("- ").Append(Inline(label)).Append(": ").Append(Inline(value)).Append('\n');
        }

        md.Append('\n');
        var number = 0;
        foreach (var section in document.Sections)
        {
            md.Append("## ").Append(++number).Append(". ").Append(Inline(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                Block(md, block);
            }
        }

        md.Append("---\n\n").Append(Inline(document.Footer)).Append('\n');
        return md.ToString();
    }

    private static void Block(StringBuilder md, DocumentBlock block)
    {
        switch (block)
        {
            case SubHeading heading:
                md.Append(new string('#', 2 + heading.Depth)).Append(' ').Append(Inline(heading.Text)).Append("\n\n");
                break;
            case Paragraph paragraph:
                md.Append(Inline(paragraph.Text)).Append("\n\n");
                break;
            case ItemList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    md.Append(list.Numbered ? $"{i + 1}. " : "- ").Append(Inline(list.Items[i])).Append('\n');
                }

                md.Append('\n');
                break;
            case Table table:
                md.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).Append(" |\n");
                md.Append('|').AppendJoin('|', table.Headers.Select(_ => " --- ")).Append("|\n");
                foreach (var row in table.Rows)
                {
                    md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
                }

                md.Append('\n');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    /// <summary>User text stays text: markup characters are escaped, line breaks kept inside the paragraph.</summary>
    private static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var ch in text.Replace("\r", "", StringComparison.Ordinal))
        {
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(ch switch { '<' => "&lt;", '\n' => " ", _ => ch.ToString() });
        }

        return escaped.ToString();
    }

    private static string Cell(string text) => Inline(text);
}
