using System.Text;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Cli;

/// <summary>Plain-text rule listings and explanations for the terminal, generated from the descriptors.</summary>
public static class RuleText
{
    public static string List(IEnumerable<Rule> rules)
    {
        var rows = rules.Select(r => r.Descriptor).OrderBy(d => d.Id.Value, StringComparer.Ordinal).ToList();
        var nameWidth = rows.Max(d => d.Name.Length);
        var builder = new StringBuilder();
        builder.AppendLine($"{"ID",-7} {"NAME".PadRight(nameWidth)} {"AREA",-14} {"SEVERITY",-9} TITLE");
        foreach (var d in rows)
        {
            builder.AppendLine($"{d.Id,-7} {d.Name.PadRight(nameWidth)} {d.Area.Id(),-14} {d.Severity.Id(),-9} {d.Title}");
        }

        builder.AppendLine();
        builder.AppendLine($"{rows.Count} rules. 'prodready rules explain RULE-ID' shows one in full.");
        return builder.ToString();
    }

    public static string Explain(Rule rule)
    {
        var d = rule.Descriptor;
        var builder = new StringBuilder();
        builder.AppendLine($"{d.Id} {d.Name}: {d.Title}");
        builder.AppendLine();
        builder.AppendLine($"Area:       {d.Area.Id()}");
        builder.AppendLine($"Severity:   {d.Severity.Id()} (priority {Engine.Scoring.ScoringPolicy.PriorityOf(d.Severity)})");
        builder.AppendLine($"Effort:     {d.EffortHours:0.#} h");
        builder.AppendLine($"Applies to: {(d.AppliesTo.IsEmpty ? "every repository" : string.Join(", ", d.AppliesTo.Select(Engine.Facts.TechnologyNames.Display)))}");
        builder.AppendLine();
        builder.AppendLine("Why it matters");
        builder.AppendLine($"  {d.Rationale}");
        builder.AppendLine();
        builder.AppendLine("How to fix");
        builder.AppendLine($"  {d.Fix}");
        if (!d.References.IsEmpty)
        {
            builder.AppendLine();
            builder.AppendLine("References");
            foreach (var reference in d.References)
            {
                builder.AppendLine($"  {reference}");
            }
        }

        foreach (var example in d.Examples)
        {
            builder.AppendLine();
            builder.AppendLine(example.Kind == ExampleKind.Bad ? $"Reported: {example.Reason}" : $"Not reported: {example.Reason}");
            foreach (var file in example.Files)
            {
                builder.AppendLine($"  --- {file.Path}");
                foreach (var line in Example(file).Split('\n'))
                {
                    builder.AppendLine($"  {line}".TrimEnd());
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Example code with its expected-finding marks removed and each marked line flagged with "»".</summary>
    public static string Example(ExampleFile file)
    {
        var (text, marked) = ExampleMarkup.Parse(file);
        var markedLines = marked.Select(m => m.Line).ToHashSet();
        var lines = text.TrimEnd('\n').Split('\n');
        return string.Join('\n', lines.Select((line, i) => (markedLines.Contains(i + 1) ? "» " : "  ") + line));
    }
}
