using System.Text.RegularExpressions;
using FactoryCps.Guideline;
using FactoryCps.Rules;
using FactoryCps.Yaml;

namespace FactoryCps.Findings;

/// <summary>Reads a catalogue file's <c>findingRules</c> section: when a model element earns a finding, and its message.</summary>
internal sealed partial class FindingRuleFileReader(CatalogItemReader items)
{
    public void Read(MapReader file, List<FindingRule> rules)
    {
        foreach (var item in file.MappingItems("findingRules"))
        {
            item.OnlyKeys(CatalogItemReader.With("id", "subject", "when", "severity", "message", "reference"));
            var common = CatalogItemReader.Common(item);
            var id = item.Id();
            var subject = item.Enum("subject", ElementSchema.SubjectKinds, required: true);
            var whenText = item.String("when", required: true);
            var severity = item.Enum("severity", FindingRule.Severities, required: true);
            var message = CatalogItemReader.Text(item, "message", required: true);
            var reference = item.String("reference", required: true);
            var when = subject is null || whenText is null ? null : items.CompileCondition(item, "when", whenText, subject);
            if (message is not null)
            {
                foreach (var placeholder in Placeholder().Matches(message.Ja + message.En).Select(m => m.Value).Distinct())
                {
                    if (placeholder is not "{id}" and not "{name}")
                    {
                        item.Diagnostics.Error(item.LocationOf("message"), item.PathOf("message"), "CatalogUnknownPlaceholder", placeholder, "{id}, {name}");
                    }
                }
            }

            if (id is null || subject is null || when is null || severity is null || message is null || reference is null)
            {
                continue;
            }

            rules.Add(new FindingRule
            {
                Id = id,
                Subject = subject,
                When = when,
                Severity = severity,
                Message = message,
                Reference = reference,
                Provenance = common,
            });
        }
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();
}
