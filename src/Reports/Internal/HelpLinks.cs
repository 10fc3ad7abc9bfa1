using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Internal;

/// <summary>A rule's help page: absolute under the configured base (rules.json <c>report.helpBaseUrl</c>, <c>--help-base-url</c>),
/// else the repository-relative path <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
internal static class HelpLinks
{
    public static string For(RuleDescriptor rule, Uri? helpBase) =>
        helpBase is null ? rule.HelpUri : new Uri(helpBase, rule.HelpUri).AbsoluteUri;
}
