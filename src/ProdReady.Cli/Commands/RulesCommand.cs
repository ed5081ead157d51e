using System.CommandLine;
using ProdReady.Model;
using ProdReady.Rules;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready rules list</c> and <c>prodready rules explain RULE-ID</c>.</summary>
public static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var list = new Command("list", "List every rule: ID, name, area, severity and title.");
        list.SetAction(_ =>
        {
            stdout.Write(RuleText.List(Catalogue.Known));
            return (int)ExitCode.GatePassed;
        });

        var id = new Argument<string>("RULE-ID") { Description = "A rule ID such as CFG001, or a rule name such as debug-mode-enabled." };
        var explain = new Command("explain", "Explain a rule: why it matters, how to fix it, and its bad and good examples.") { id };
        explain.SetAction(result =>
        {
            var text = result.GetValue(id) ?? string.Empty;
            var rule = Catalogue.Known.FirstOrDefault(r =>
                (RuleId.TryParse(text, out var parsed) && r.Descriptor.Id == parsed) || string.Equals(r.Descriptor.Name, text, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"no rule '{text}' (see 'prodready rules list').");
            stdout.Write(RuleText.Explain(rule));
            return (int)ExitCode.GatePassed;
        });

        return new Command("rules", "List and explain the rules ProdReady applies.") { list, explain };
    }
}
