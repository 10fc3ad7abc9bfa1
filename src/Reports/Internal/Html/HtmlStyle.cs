namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The page's only style sheet, inline: system fonts, nothing fetched. On screen a sticky table of contents
/// beside the content, one column below 900 px without horizontal scrolling of the page; in print a cover page (the
/// verdict and the per-control table), the contents, each rule in a few lines (facts run on, failures as compact
/// entries, references to a rule shown elsewhere as a grid), passes printed as compact name columns, long lists cut at
/// the print bound, the waivers, access review, run and sources on landscape pages, and the run id and page numbers in
/// every page's margins (<see cref="PageMargins"/>). Colours keep a contrast of at least 4.5:1 for their text.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { --pass: #1a7f37; --fail: #b42318; --waived: #6639ba; --na: #59636e; --error: #9a4a00; --line: #d0d7de; --info: #0550ae; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Yu Gothic", "Noto Sans CJK JP", "Noto Sans JP", sans-serif;
               font-size: 14px; line-height: 1.45; color: #1f2328; background: #fff; margin: 0 auto; max-width: 1440px; padding: 16px 24px; }
        h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 20px; border-bottom: 2px solid #1f2328; padding-bottom: 4px; margin-top: 28px; }
        h3 { font-size: 17px; margin: 20px 0 8px; } h4 { font-size: 15px; margin: 14px 0 6px; }
        a { color: var(--info); }
        .skip { position: absolute; left: -10000px; top: 0; background: #fff; padding: 8px; z-index: 10; }
        .skip:focus { left: 8px; }
        main { display: grid; grid-template-columns: 250px minmax(0, 1fr); column-gap: 24px; }
        main > * { grid-column: 2; min-width: 0; }
        main > nav { grid-column: 1; grid-row: 1 / span 60; align-self: start; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 8px 4px 16px 0; font-size: 13px; }
        nav h2 { font-size: 16px; margin-top: 8px; } nav ol { padding-left: 26px; margin: 4px 0; } nav li { margin: 2px 0; }
        .tag { font-size: 11px; font-weight: 600; white-space: nowrap; } .tag.r-fail { color: var(--fail); } .tag.r-incomplete { color: var(--error); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        table.findings td { overflow-wrap: anywhere; }
        th { background: #f6f8fa; } td.n, th.n { text-align: right; white-space: nowrap; }
        code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
        .ctl { color: var(--fail); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; border: 1px dotted var(--fail); }
        .muted { color: #57606a; font-size: 12px; } .ja { color: #57606a; font-size: 12px; display: block; }
        .banner { padding: 8px 12px; border-radius: 4px; margin: 12px 0; font-weight: 600; }
        .banner.ok { background: #f6f8fa; border: 1px solid var(--pass); } .banner.bad { background: #fff8c5; border: 1px solid var(--error); }
        .badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
        .s-automated { background: var(--info); } .s-manual { background: var(--waived); } .s-notcovered { background: var(--na); }
        .o-pass, .r-pass .badge.r-pass, .badge.r-pass, .d-resolved { background: var(--pass); }
        .o-fail, .badge.r-fail, .d-regression, .w-expired { background: var(--fail); }
        .o-waived { background: var(--waived); } .o-notapplicable, .badge.r-notevaluated, .d-unchanged, .d-unverified, .d-changed, .w-unused { background: var(--na); }
        .o-error, .badge.r-incomplete, .w-soon { background: var(--error); } .w-applied { background: var(--pass); }
        .d-new { background: var(--info); } .priv { background: #1f2328; }
        tr.expired td { background: #ffebe9; } tr.soon td { background: #fff8c5; }
        tr.theme th { background: #eaeef2; }
        section.verdict { border: 1px solid var(--line); border-left: 10px solid var(--na); padding: 4px 16px 8px; margin: 12px 0; }
        section.verdict h2 { border: 0; margin-top: 8px; font-size: 26px; }
        section.verdict.r-fail { border-left-color: var(--fail); } section.verdict.r-fail .word { color: var(--fail); }
        section.verdict.r-incomplete { border-left-color: var(--error); } section.verdict.r-incomplete .word { color: var(--error); }
        section.verdict.r-pass { border-left-color: var(--pass); } section.verdict.r-pass .word { color: var(--pass); }
        p.exit { font-size: 16px; font-weight: 600; } table.counts { width: auto; min-width: 320px; }
        table.results td:nth-child(2) { min-width: 200px; } table.results td.ids { font-size: 12px; } td.ids a { white-space: nowrap; }
        table.findings { table-layout: fixed; } table.findings th:nth-child(1) { width: 28%; }
        table.findings.detailed th:nth-child(2) { width: 40%; } .obs { color: #57606a; font-size: 11px; }
        table.waivers { table-layout: fixed; } table.waivers td { overflow-wrap: anywhere; }
        table.access-review { font-size: 12px; table-layout: fixed; width: 100%; } table.access-review td { overflow-wrap: anywhere; }
        table.waivers th:nth-child(1) { width: 10%; } table.waivers th:nth-child(2) { width: 13%; } table.waivers th:nth-child(3) { width: 22%; }
        table.waivers th:nth-child(4) { width: 13%; } table.waivers th:nth-child(5) { width: 11%; } table.waivers th:nth-child(6),
        table.waivers th:nth-child(7) { width: 8%; } table.waivers th:nth-child(8) { width: 9%; }
        table.waivers th:nth-child(9) { width: 6%; }
        table.sources code { overflow-wrap: normal; word-break: keep-all; } table.sources td.datasets { font-size: 12px; }
        @media screen { table.sources { display: block; overflow-x: auto; } }
        .control { border-top: 3px solid #1f2328; margin-top: 28px; }
        .rule { border-left: 4px solid var(--line); padding-left: 12px; margin: 16px 0; }
        .rule.failing { border-left-color: var(--fail); }
        dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 8px 0; }
        dl.facts > div { display: contents; }
        dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        svg.bar { width: 100%; max-width: 640px; height: 18px; display: block; margin: 4px 0; }
        svg.trend { width: 120px; height: 24px; display: block; margin-top: 4px; }
        svg.trendchart { max-width: 100%; height: auto; display: block; } td.values { font-size: 11px; }
        ul.legend { list-style: none; padding: 0; margin: 4px 0 12px; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; }
        ul.legend span.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
        details { margin: 6px 0; } summary { cursor: pointer; font-weight: 600; }
        ul.passes { columns: 14em; column-gap: 16px; font-size: 12px; margin: 4px 0; padding-left: 18px; } ul.passes li { break-inside: avoid; }
        form.filter { position: sticky; top: 0; z-index: 5; background: #f6f8fa; border: 1px solid var(--line); padding: 8px; margin: 8px 0;
                      display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; font-size: 13px; }
        form.filter input, form.filter select { font: inherit; max-width: 100%; }
        .po, .hc { display: none; }
        @media screen and (max-width: 900px) {
          body { padding: 8px 12px; }
          main { display: block; }
          main > nav { position: static; max-height: none; }
          table { display: block; overflow-x: auto; }
          table.findings, table.waivers { display: table; }
          dl.facts { grid-template-columns: minmax(0, 1fr); }
          table.findings th:nth-child(n) { width: auto; }
          .badge { white-space: normal; }
        }
        @page { size: A4; margin: 12mm 9mm 11mm; }
        @page wide { size: A4 landscape; }
        @media print {
          body { max-width: none; padding: 0; font-size: 8.5pt; line-height: 1.25; } table { font-size: 7.5pt; margin: 2px 0 6px; } h2 { margin-top: 12px; }
          h3 { font-size: 12pt; margin: 8px 0 4px; } h4 { font-size: 10pt; margin: 6px 0 2px; }
          th, td { padding: 1px 4px; }
          dl.facts { font-size: 7.5pt; gap: 0 8px; margin: 2px 0; line-height: 1.25; }
          dl.facts dd > div { display: inline; } dl.facts dd > div + div::before { content: " · "; }
          .ja { display: inline; margin-left: 6px; font-size: 7pt; }
          .rule svg.bar { display: none; } svg.bar { height: 8px; margin: 2px 0; } p.counts { margin: 2px 0; } details { margin: 2px 0; }
          table.findings.of-fail th:nth-child(3), table.findings.of-fail td:nth-child(3), #coverage th:nth-child(4), #coverage td:nth-child(4), .src-detail { display: none; }
          table.by-rule td:nth-child(1) { font-size: 7pt; } table.by-rule td { padding: 0 4px; }
          td.datasets div { display: inline; } td.datasets div + div::before { content: " · "; } td.datasets div.ok code { font-size: 6.5pt; }
          table.findings thead { display: none; }
          .rule.ref { margin: 1px 0; border-left-width: 2px; } .rule.ref h4 { display: inline; font-size: 8pt; } .rule.ref p { display: inline; margin-left: 6px; font-size: 7pt; }
          table.sources { font-size: 6.5pt; } #run dl.facts { font-size: 7pt; }
          .obs { font-size: 6.5pt; }
          main { display: block; }
          main > nav { position: static; max-height: none; overflow: visible; }
          nav ol ol { columns: 2; } main > nav { font-size: 8pt; } nav li { margin: 0; }
          svg.trendchart { width: 180px; } table.trend td { padding: 0 4px; }
          #controls, #run { break-before: page; }
          table.by-rule { display: none; }
          #run, footer { page: wide; }
          tr, .rule h4, li { break-inside: avoid; }
          h2, h3, h4, summary { break-after: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
          .skip, form.filter, .so, .xp, ul.passes .mono { display: none !important; }
          .po { display: block; }
          details::details-content { content-visibility: visible; display: contents; }
          summary { list-style: none; } summary::-webkit-details-marker { display: none; }
          ul.passes { columns: 4; column-gap: 8px; font-size: 6pt; line-height: 1.2; list-style: none; padding-left: 0; }
          ul.passes li { overflow-wrap: anywhere; padding-left: 6px; text-indent: -6px; }
          .control { margin-top: 10px; } .rule { margin: 6px 0; }
          .rule dl.facts { display: block; } .rule dl.facts > div { display: block; } .rule dl.facts > div.short { display: inline; }
          .rule dl.facts > div.short + div.short::before { content: " · "; } .rule dl.facts dt { display: inline; } .rule dl.facts dt::after { content: ": "; }
          .rule dl.facts dd { display: inline; } .rule dl.facts code { font-size: 7pt; }
          .rule h4 .hc { display: inline; font-size: 8pt; font-weight: normal; } .rule p.counts { display: none; }
          details.passes:not(:has(li:nth-child(4))) { display: flow-root; } details.passes:not(:has(li:nth-child(4))) > summary { float: left; margin-right: 10px; }
          details.passes:not(:has(li:nth-child(4))) ul.passes { columns: 3; } .badge { font-size: 6.5pt; padding: 0 4px; }
          table.access-review .mono { font-size: 6pt; } .rule dl.facts { line-height: 1.15; } .rule dl.facts dd { font-size: 6.8pt; }
          table.findings { font-size: 6.8pt; line-height: 1.15; } table.findings .mono, table.findings .obs { font-size: 6pt; }
          table.findings, table.findings tbody { display: block; width: 100%; } table.findings tr { display: block; border-bottom: 1px solid var(--line); padding: 1px 0; }
          table.findings td { display: inline; border: 0; padding: 0; } table.findings td br { display: none; } table.findings td .mono { margin: 0 4px; } table.findings td .muted { font-size: 6pt; margin-left: 4px; }
          .rule summary { font-size: 7pt; } .rule details { margin: 1px 0; } .rule table { margin: 1px 0 3px; } .rule dl.facts dd { font-size: 6.3pt; }
          .rule h4 { font-size: 9pt; margin: 4px 0 1px; } .control .rule { margin: 3px 0; }
          table.sources { table-layout: fixed; } table.sources td.datasets, table.sources code { font-size: 6.5pt; } table.sources th:nth-child(1) { width: 18%; }
          table.sources th:nth-child(2) { width: 12%; } table.sources th:nth-child(3) { width: 8%; } table.sources th:nth-child(4) { width: 6%; }
          table.sources th:nth-child(5) { width: 7%; } table.sources th:nth-child(6) { width: 43%; } table.sources th:nth-child(7) { width: 6%; }
          footer p { margin: 2px 0; } #run .muted, #run .mono { font-size: 6.5pt; } #run .banner { padding: 3px 8px; margin: 4px 0; }
          .rule.ref { display: inline-block; width: 33%; margin: 0; padding-left: 4px; white-space: nowrap; overflow: hidden; }
          .rule.ref p { margin-left: 4px; } .rule.ref p a::before { content: "→ "; }
          #waivers, #access-review { page: wide; } table.waivers code, table.waivers .mono { font-size: 7pt; }
          #coverage th:nth-child(1) { width: 5%; } #coverage th:nth-child(2) { width: 62%; } #coverage th:nth-child(3) { width: 15%; }
          #coverage td, #coverage th { padding: 0 4px; font-size: 6.5pt; } #coverage svg.trend { width: 60px; height: 12px; margin-top: 1px; }
          section > h2 + p { break-after: avoid; break-inside: avoid; }
          table.access-review { font-size: 6.5pt; } table.access-review th:nth-child(1) { width: 15%; } table.access-review th:nth-child(2) { width: 6%; }
          table.access-review th:nth-child(3) { width: 4%; } table.access-review th:nth-child(4) { width: 13%; } table.access-review th:nth-child(5) { width: 8%; }
          table.access-review th:nth-child(6) { width: 15%; } table.access-review th:nth-child(7) { width: 14%; } table.access-review th:nth-child(8) { width: 10%; }
          table.access-review th:nth-child(9) { width: 6%; } table.access-review th:nth-child(10) { width: 9%; } table.access-review td { padding: 0 3px; }
          table.results { table-layout: fixed; } table.results td:nth-child(2) { min-width: 0; } table.results td.ids { font-size: 6.5pt; }
          table.results th:nth-child(1) { width: 5%; } table.results th:nth-child(2) { width: 26%; } table.results th:nth-child(3) { width: 7%; }
          table.results th.n { width: 5.5%; } table.results th:nth-child(8) { width: 40%; }
          table.trend, table.trend tbody { display: block; } table.trend thead { display: none; } table.trend tr { display: inline-block; width: 50%; vertical-align: top; }
          table.trend td { display: inline-block; vertical-align: middle; border: 0; } table.trend td:first-child { width: 100%; font-weight: 600; }
          .badge, .banner, th, tr.expired td, tr.soon td, section.verdict, .swatch, form { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>The printed page's margins: the report's title and run id at the top, the page number at the bottom.
    /// The run id is reduced to letters, digits and '-' '_' '.', so nothing from outside reaches the style sheet.</summary>
    public static string PageMargins(string title, string runId, string page) =>
        $"@page {{ @top-left {{ content: \"{Safe(title)}\"; font-size: 8pt; color: #57606a; }} " +
        $"@top-right {{ content: \"run {Safe(runId)}\"; font-size: 8pt; color: #57606a; }} " +
        $"@bottom-right {{ content: \"{Safe(page)} \" counter(page) \" / \" counter(pages); font-size: 8pt; color: #57606a; }} }}";

    private static string Safe(string value) =>
        string.Concat(value.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' '));
}
