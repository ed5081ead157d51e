using System.Collections.Immutable;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Config;
using ProdReady.Model;
using ProdReady.Rules;

namespace ProdReady.Cli;

/// <summary>The rule options a configuration file sets (disabled rules, severity overrides), checked against the
/// rules ProdReady knows.</summary>
internal static class ConfigRuleOptions
{
    public static RuleOptions From(AuditConfig config)
    {
        var known = Catalogue.Known.Select(r => r.Descriptor.Id).ToHashSet();
        RuleId Known(string text, string where) =>
            RuleId.TryParse(text, out var id) && known.Contains(id) ? id : throw new UsageException($"configuration {where}: unknown rule '{text}' (see 'prodready rules list').");

        var overrides = ImmutableDictionary.CreateBuilder<RuleId, Severity>();
        foreach (var (rule, severityText) in config.SeverityOverrides)
        {
            if (!Names.TryParseSeverity(severityText, out var severity))
            {
                throw new UsageException($"configuration 'severity': '{severityText}' for {rule} is not a severity (critical, high, medium, low, info).");
            }

            overrides[Known(rule, "'severity'")] = severity;
        }

        return new RuleOptions
        {
            Disabled = [.. config.DisabledRules.Select(r => Known(r, "'disable'"))],
            SeverityOverrides = overrides.ToImmutable(),
        };
    }
}
