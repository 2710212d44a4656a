namespace FactoryCps.Reports;

internal static partial class HtmlReport
{
    /// <summary>
    /// Screen and A4 print styles. Japanese first in the font stack; strict line breaking keeps kinsoku
    /// (no line starting with 。、), and a long word breaks only when it would overflow, so columns of ids are not squeezed.
    /// </summary>
    private const string Css = """
        :root { --ink: #212121; --muted: #546e7a; --line: #cfd8dc; }
        * { box-sizing: border-box; }
        body { font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", YuGothic, Meiryo, sans-serif;
               color: var(--ink); margin: 24px auto; max-width: 1100px; padding: 0 16px; line-height: 1.7; font-size: 10.5pt;
               line-break: strict; word-break: normal; overflow-wrap: break-word; font-feature-settings: "palt" 0; }
        h1 { font-size: 20pt; margin: 0 0 8px; line-height: 1.4; } h1 .site { font-size: 15pt; color: var(--muted); }
        h2 { font-size: 14pt; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 11.5pt; margin: 20px 0 6px; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
        dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 9pt; }
        th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left; }
        th { background: #eceff1; font-weight: bold; word-break: keep-all; overflow-wrap: normal; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .why { color: var(--muted); font-size: 8.5pt; }
        details.why-rule summary { color: var(--muted); font-size: 8pt; cursor: pointer; } details.why-rule code { display: block; font-size: 8pt; overflow-wrap: anywhere; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; }
        .figure { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
        .figure .value { font-size: 18pt; font-weight: bold; } .figure .label { color: var(--muted); font-size: 9pt; }
        .chip { display: inline-block; border-radius: 9px; padding: 0 7px; margin: 1px 2px; font-size: 8pt; white-space: nowrap; border: 1px solid var(--line); }
        .st-implemented { background: #e8f5e9; } .st-not-applicable { background: #f5f5f5; color: var(--muted); }
        .st-partial { background: #fff8e1; } .st-planned { background: #e3f2fd; } .st-missing { background: #ffebee; }
        td.grade { white-space: nowrap; font-weight: bold; }
        .grade-a { color: #b71c1c; } .grade-b { color: #e65100; } .grade-c { color: #f57f17; } .grade-d { color: #558b2f; } .grade-e { color: #2e7d32; }
        .sev-high { color: #b71c1c; font-weight: bold; } .sev-medium { color: #e65100; }
        .chart-box { overflow-x: auto; margin: 6px 0 12px; } .chart-box svg { max-width: 100%; height: auto; }
        .diagram { overflow-x: auto; } .diagram svg { max-width: 100%; height: auto; }
        footer { margin-top: 32px; color: var(--muted); font-size: 8.5pt; border-top: 1px solid var(--line); padding-top: 8px; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
          section.page { break-before: page; }
          h2, h3 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, .figure, svg { break-inside: avoid; }
          .diagram, .chart-box { overflow: visible; }
        }
        """;
}
