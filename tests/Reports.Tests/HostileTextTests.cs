using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

/// <summary>#13.5 and #13.6: tenant strings cannot reorder report.html or become links in SARIF viewers.</summary>
public sealed class HostileTextTests
{
    public static TheoryData<char> BidiControls => new()
    {
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
    };

    [Theory]
    [MemberData(nameof(BidiControls))]
    public void A_bidi_control_in_a_name_is_shown_visibly_inside_an_isolate_and_never_written_raw(char control)
    {
        var name = $"invoice{control}fdp.exe";
        var failed = Some.SourceStatus("azure:other", CollectionState.Partial, $"403 for {name}");
        var result = Some.Evaluate(Some.Snapshot([Some.Resource(name, "eastus", "US"), Some.Resource("tokyo-a")], Some.SourceStatus(), failed));

        var markup = HtmlReport.Of(result).Markup;

        markup.ShouldNotContain(control.ToString());
        markup.ShouldContain($"<bdi>invoice<span class=\"ctl\">[U+{(int)control:X4}]</span>fdp.exe");
    }

    [Fact]
    public void A_right_to_left_name_is_isolated_so_it_cannot_reorder_the_text_after_it()
    {
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("שלום-1", "eastus", "US")], Some.SourceStatus()));

        HtmlReport.Of(result).Markup.ShouldContain("<bdi>שלום-1</bdi>");
    }

    public static TheoryData<string> Links => new()
    {
        "[Approve this exception](https://attacker.example/approve)",
        "![tracking](https://attacker.example/pixel.png)",
        "[x][1]\n\n[1]: https://attacker.example",
        "st\\[escaped\\](https://attacker.example)",
        "]](https://attacker.example)[[",
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Markdown_link_syntax_in_a_name_is_escaped_in_every_sarif_message(string name)
    {
        var failed = Some.SourceStatus("azure:other", CollectionState.Failed, $"denied: {name}");
        var result = Some.Evaluate(Some.Snapshot([Some.Resource(name, "eastus", "US"), Some.Resource("lost", source: "azure:other")], Some.SourceStatus(), failed));

        var sarif = SarifDocument.Of(result);

        var messages = sarif.Results.Select(r => (string)r!["message"]!["text"]!)
            .Concat(sarif.Notifications.Select(n => (string)n!["message"]!["text"]!)).ToList();
        messages.ShouldContain(m => m.Contains("attacker.example", StringComparison.Ordinal));
        foreach (var message in messages)
        {
            // Every '[' or ']' in a plain-text message is escaped, and an escaping backslash is itself escaped.
            for (var i = 0; i < message.Length; i++)
            {
                if (message[i] == '\\')
                {
                    message[i + 1].ShouldBeOneOf('\\', '[', ']');
                    i++;
                }
                else
                {
                    message[i].ShouldNotBeOneOf('[', ']');
                }
            }
        }
    }
}
