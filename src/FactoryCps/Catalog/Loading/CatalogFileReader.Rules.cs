using FactoryCps.Rules;
using FactoryCps.Yaml;

namespace FactoryCps.Catalog.Loading;

internal sealed partial class CatalogFileReader
{
    private void ReadRules(MapReader file, CatalogContent content)
    {
        foreach (var item in file.MappingItems("rules"))
        {
            item.OnlyKeys(With("id", "threat", "subject", "when", "at", "exposure", "description"));
            var common = Common(item);
            var id = item.Id();
            var threat = item.String("threat", required: true);
            var subject = item.Enum("subject", ElementSchema.SubjectKinds, required: true);
            var whenText = item.String("when", required: true);
            var atText = item.String("at", required: true);
            var exposure = item.Int("exposure", 0, 2) ?? 0;
            var description = item.Text("description", required: true);
            if (subject is null || whenText is null || atText is null)
            {
                continue;
            }

            var when = CompileCondition(item, "when", whenText, subject);
            var at = CompilePath(item, "at", atText, subject, "zone");
            if (id is null || threat is null || description is null || when is null || at is null)
            {
                continue;
            }

            content.Rules.Add(new ThreatRule
            {
                Id = id,
                Threat = threat,
                Subject = subject,
                When = when,
                At = at,
                Exposure = exposure,
                Description = description,
                Provenance = common,
            });
        }
    }

    private RuleCondition? CompileCondition(MapReader item, string key, string text, string subject)
    {
        try
        {
            return RuleCondition.Compile(text, subject, schema);
        }
        catch (RuleSyntaxException ex)
        {
            RuleError(item, key, ex);
            return null;
        }
    }

    private RulePath? CompilePath(MapReader item, string key, string text, string subject, string target)
    {
        try
        {
            return RulePath.Compile(text, subject, target, schema);
        }
        catch (RuleSyntaxException ex)
        {
            RuleError(item, key, ex);
            return null;
        }
    }
}
