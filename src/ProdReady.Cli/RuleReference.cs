using System.Text;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Cli;

/// <summary>The generated rules reference, docs/rules.md. A test fails when the committed file is stale.</summary>
public static class RuleReference
{
    public static string Markdown(IEnumerable<Rule> rules)
    {
        var descriptors = rules.Select(r => r.Descriptor).OrderBy(d => d.Area).ThenBy(d => d.Id.Value, StringComparer.Ordinal).ToList();
        var builder = new StringBuilder();
        builder.AppendLine("# Rules reference");
        builder.AppendLine();
        builder.AppendLine("Generated from the rule descriptors and examples; do not edit by hand. Regenerate with `PRODREADY_APPROVE=1` and the test suite (see README). `prodready rules explain RULE-ID` shows the same text in the terminal.");
        builder.AppendLine();
        builder.AppendLine("| ID | Name | Area | Severity | Effort | Title |");
        builder.AppendLine("|---|---|---|---|---|---|");
        foreach (var d in descriptors)
        {
            builder.AppendLine($"| [{d.Id}](#{d.Id.Value.ToLowerInvariant()}) | `{d.Name}` | {d.Area.Id()} | {d.Severity.Id()} | {d.EffortHours:0.#} h | {d.Title} |");
        }

        foreach (var d in descriptors)
        {
            builder.AppendLine();
            builder.AppendLine($"## {d.Id}");
            builder.AppendLine();
            builder.AppendLine($"**{d.Title}** (`{d.Name}`): area {d.Area.Id()}, severity {d.Severity.Id()}, effort {d.EffortHours:0.#} h, applies to {(d.AppliesTo.IsEmpty ? "every repository" : string.Join(", ", d.AppliesTo.Select(Engine.Facts.TechnologyNames.Display)))}.");
            builder.AppendLine();
            builder.AppendLine($"Why it matters: {d.Rationale}");
            builder.AppendLine();
            builder.AppendLine($"How to fix: {d.Fix}");
            if (!d.References.IsEmpty)
            {
                builder.AppendLine();
                builder.AppendLine("References: " + string.Join(", ", d.References.Select(r => $"<{r}>")));
            }

            foreach (var example in d.Examples)
            {
                builder.AppendLine();
                builder.AppendLine(example.Kind == ExampleKind.Bad ? $"Reported — {example.Reason}" : $"Not reported — {example.Reason}");
                foreach (var file in example.Files)
                {
                    builder.AppendLine();
                    builder.AppendLine($"`{file.Path}` (» marks a reported line)");
                    builder.AppendLine();
                    builder.AppendLine("````text");
                    builder.AppendLine(RuleText.Example(file));
                    builder.AppendLine("````");
                }
            }
        }

        return builder.ToString();
    }
}
