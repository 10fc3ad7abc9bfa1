using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>The run's details, after the results: when, which inputs with their hashes, which tool, and every source
/// with how complete it was (printed on landscape pages).</summary>
internal static class HtmlRunHeader
{
    public static void Write(HtmlWriter html, EvaluationResult result, RunInfo run, ReportText t)
    {
        var snapshot = result.Snapshot;
        html.Open("section", id: "run").Element("h2", t.RunHeading);
        html.Open("div", result.IsComplete ? "banner ok" : "banner bad").Text(result.IsComplete ? t.Complete : t.Incomplete).Close("div");
        html.Open("dl", "facts");
        Fact(html, t.Organisation, snapshot.Organization ?? "—");
        Fact(html, t.Generated, t.DateTime(run.FinishedAt));
        Fact(html, t.Collected, t.DateTime(snapshot.CollectedAt));
        Fact(html, t.ToolVersion, $"{run.ToolName} {run.ToolVersion}");
        Fact(html, t.RunId, run.RunId, mono: true);
        Fact(html, t.Config, $"{run.ConfigPath ?? t.BuiltInDefaults} — sha256 {run.ConfigSha256}", mono: true);
        Fact(html, t.Snapshot, $"{run.SnapshotPath ?? "—"} — sha256 {run.SnapshotSha256}", mono: true);
        Fact(html, t.CommandLine, run.CommandLine, mono: true);
        html.Close("dl");
        WriteSources(html, snapshot.Sources, result.IncompleteScopes, t);
        html.Close("section");
    }

    private static void WriteSources(HtmlWriter html, IReadOnlyList<SourceStatus> sources, IReadOnlyList<IncompleteScope> missing, ReportText t)
    {
        html.Element("h3", t.SourcesHeading);
        if (sources.Count == 0)
        {
            html.Element("p", t.NoSources);
            return;
        }
        // Focusable: on a phone the table scrolls sideways inside itself, and a keyboard must reach that.
        html.Raw("<table class=\"sources\" tabindex=\"0\"><thead><tr>");
        foreach (var heading in new[] { t.Source, t.Scope, t.Name, t.Status, t.CollectedAt, t.Datasets, t.MissingData })
            html.Element("th", heading);
        html.Raw("</tr></thead><tbody>");
        foreach (var source in sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var scopes = missing.Where(m => m.Source.Id == source.Id).ToList();
            html.Raw("<tr>");
            html.Open("td").Element("code", source.Id).Raw("<br>").Element("span", source.Endpoint, "muted").Close("td");
            html.Open("td").Element("code", source.Scope).Close("td");
            html.Element("td", source.DisplayName ?? "—");
            html.Open("td").Element("strong", t.States[source.Status]);
            // The source's own summary, unless an incomplete scope below already says it.
            if (source.Reason is not null && scopes.All(m => m.Reason != source.Reason))
                html.Raw("<br>").Text(source.Reason);
            html.Close("td");
            html.Element("td", source.CollectedAt is { } at ? t.DateTime(at) : "—");
            html.Open("td", "datasets");
            foreach (var dataset in source.Datasets.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                html.Open("div", dataset.Status == CollectionState.Complete ? "ok" : null).Element("code", dataset.Name).Text(": " + t.States[dataset.Status]);
                if (dataset.ItemCount is { } count)
                    html.Text($" ({HtmlFormat.Number(count)})");
                html.Close("div");
            }
            html.Close("td").Open("td");
            foreach (var scope in scopes)
                HtmlMissingData.Write(html, scope, t);
            if (scopes.Count == 0)
                html.Text("—");
            html.Close("td").Raw("</tr>");
        }
        html.Raw("</tbody></table>");
    }

    private static void Fact(HtmlWriter html, string name, string value, bool mono = false)
    {
        html.Element("dt", name);
        html.Element("dd", value, mono ? "mono" : null);
    }
}
