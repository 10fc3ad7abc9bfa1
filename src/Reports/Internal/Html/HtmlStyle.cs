namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The page's only style sheet, inline: system fonts, nothing fetched; an A4 print layout with a page
/// break before each control and each rule outside the control set.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { --pass: #2e7d32; --fail: #c62828; --waived: #6a1b9a; --na: #757575; --error: #ef6c00; --line: #d0d7de; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Yu Gothic", "Noto Sans CJK JP", "Noto Sans JP", sans-serif;
               font-size: 14px; line-height: 1.45; color: #1f2328; margin: 0 auto; max-width: 1200px; padding: 24px; }
        h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 20px; border-bottom: 2px solid #1f2328; padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 17px; margin: 24px 0 8px; } h4 { font-size: 15px; margin: 16px 0 6px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
        th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        table.findings td { overflow-wrap: anywhere; }
        th { background: #f6f8fa; } td.n, th.n { text-align: right; white-space: nowrap; }
        code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
        .ctl { color: var(--fail); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; border: 1px dotted var(--fail); }
        .muted { color: #57606a; font-size: 12px; } .ja { color: #57606a; font-size: 12px; display: block; }
        .banner { padding: 8px 12px; border-radius: 4px; margin: 12px 0; font-weight: 600; }
        .banner.ok { background: #e8f5e9; border: 1px solid var(--pass); } .banner.bad { background: #fff3e0; border: 1px solid var(--error); }
        .badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; color: #fff; white-space: nowrap; }
        .s-automated { background: var(--pass); } .s-manual { background: #0969da; } .s-notcovered { background: var(--na); }
        .o-pass { background: var(--pass); } .o-fail { background: var(--fail); } .o-waived { background: var(--waived); }
        .o-notapplicable { background: var(--na); } .o-error { background: var(--error); }
        .w-expired { background: var(--fail); } .w-soon { background: var(--error); } .w-applied { background: var(--pass); } .w-unused { background: var(--na); }
        tr.expired td { background: #ffebee; } tr.soon td { background: #fff8e1; }
        tr.theme th { background: #eaeef2; }
        table.findings { table-layout: fixed; } table.findings th:nth-child(1) { width: 26%; }
        table.findings.detailed th:nth-child(2) { width: 28%; } table.findings.detailed th:nth-child(3) { width: 18%; }
        table.waivers { table-layout: fixed; } table.waivers td { overflow-wrap: anywhere; }
        table.waivers th:nth-child(1) { width: 10%; } table.waivers th:nth-child(2) { width: 13%; } table.waivers th:nth-child(3) { width: 22%; }
        table.waivers th:nth-child(4) { width: 13%; } table.waivers th:nth-child(5) { width: 11%; } table.waivers th:nth-child(6),
        table.waivers th:nth-child(7) { width: 8%; } table.waivers th:nth-child(8) { width: 9%; }
        table.waivers th:nth-child(9) { width: 6%; }
        .control { border-top: 3px solid #1f2328; margin-top: 32px; }
        .rule { border-left: 4px solid var(--line); padding-left: 12px; margin: 16px 0; }
        .rule.failing { border-left-color: var(--fail); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
        dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        svg.bar { width: 100%; max-width: 640px; height: 18px; display: block; margin: 4px 0; }
        svg.trend { width: 120px; height: 24px; display: block; margin-top: 4px; }
        details { margin: 6px 0; } summary { cursor: pointer; font-weight: 600; }
        ul.passes { columns: 2; font-size: 12px; margin: 4px 0; } ul.passes li { break-inside: avoid; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; } table { font-size: 9pt; }
          .control, .outside, #controls { break-before: page; page-break-before: always; }
          #controls > h2 + .control { break-before: auto; page-break-before: auto; }
          tr, .rule h4, dl.facts { break-inside: avoid; page-break-inside: avoid; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
          .badge, .banner, th, tr.expired td, tr.soon td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
