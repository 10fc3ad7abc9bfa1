using System.Text.RegularExpressions;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Internal.Localisation;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Reports.Tests.Internal;

public sealed partial class JapaneseRuleTextsTests
{
    public static TheoryData<string> BuiltInRuleIds() => new(BuiltInRules.Descriptors.Select(d => d.Id));

    private static RuleDescriptor Descriptor(string id) => BuiltInRules.Descriptors.Single(d => d.Id == id);

    // The same span MessageFormatter fills: from '{' to the next '}'.
    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseCharacter();

    private static string[] Placeholders(string format) =>
        Placeholder().Matches(format).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [MemberData(nameof(BuiltInRuleIds))]
    public void Every_built_in_rule_has_a_japanese_title_description_and_message(string id)
    {
        JapaneseRuleTexts.ById.TryGetValue(id, out var ja).ShouldBeTrue($"{id} has no Japanese entry");

        foreach (var (part, text) in new[] { ("Title", ja!.Title), ("Description", ja.Description), ("MessageFormat", ja.MessageFormat) })
        {
            string.IsNullOrWhiteSpace(text).ShouldBeFalse($"{id} has no Japanese {part}");
            JapaneseCharacter().IsMatch(text!).ShouldBeTrue($"{id}: the {part} is not Japanese: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInRuleIds))]
    public void The_japanese_message_uses_the_same_placeholders_as_the_english_one(string id)
    {
        var english = Descriptor(id).MessageFormat;
        var japanese = JapaneseRuleTexts.ById[id].MessageFormat!;

        Placeholders(japanese).ShouldBe(Placeholders(english), $"{id}: \"{japanese}\" vs \"{english}\"");
    }

    [Fact]
    public void Every_japanese_entry_belongs_to_a_built_in_rule()
    {
        var ids = BuiltInRules.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        JapaneseRuleTexts.ById.Keys.Where(id => !ids.Contains(id)).ShouldBeEmpty();
    }
}
