using ProdReady.Cli.Commands;
using ProdReady.Engine.Config;
using ProdReady.Engine.Files;
using ProdReady.Engine.Suppressions;
using ProdReady.Rules;

namespace ProdReady.Cli;

/// <summary>Builds the audit's suppression options from the configuration and the command line, checking each
/// ignore's rule against the catalogue and reading the baseline.</summary>
public static class SuppressionSetup
{
    public static SuppressionOptions Build(string root, AuditConfig config, string configName, AuditWorkflow workflow)
    {
        foreach (var ignore in config.Ignores)
        {
            var known = Catalogue.Known.Any(r =>
                string.Equals(r.Descriptor.Id.Value, ignore.Rule, StringComparison.OrdinalIgnoreCase)
                || string.Equals(r.Descriptor.Name, ignore.Rule, StringComparison.OrdinalIgnoreCase));
            if (!known)
            {
                throw new ConfigException(configName, ignore.Line, $"'ignore' names unknown rule '{ignore.Rule}' (see 'prodready rules list')");
            }
        }

        var options = new SuppressionOptions { Inline = !workflow.Strict, Today = workflow.Today, Ignores = config.Ignores };
        if (workflow.BaselinePath is { } baseline)
        {
            options = options with { Baseline = ReadBaseline(baseline), BaselineName = Path.GetFileName(baseline) };
        }

        if (workflow.ChangedSince is { } reference)
        {
            try
            {
                options = options with { ChangedFiles = GitChanges.Since(root, reference) };
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--changed-since: {e.Message}.");
            }
        }

        return options;
    }

    private static System.Collections.Immutable.ImmutableArray<BaselineEntry> ReadBaseline(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"baseline '{path}' not found (write one with 'prodready baseline --output {path}').");
        }

        try
        {
            return Baseline.Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new UsageException($"baseline '{path}': {e.Message}.");
        }
    }
}
