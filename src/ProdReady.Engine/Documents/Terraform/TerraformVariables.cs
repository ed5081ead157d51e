using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary>Replaces <c>var.name</c> (and a string that is only <c>"${var.name}"</c>) with the default its module
/// declares, marked <see cref="ValueState.Defaulted"/> and placed where the reference was written. A variable with no
/// default, or a default that is itself not a literal, leaves the reference unresolved.</summary>
internal static class TerraformVariables
{
    public static ImmutableArray<TerraformFile> Resolve(IReadOnlyList<TerraformFile> files) =>
    [
        .. files.GroupBy(f => f.Module, StringComparer.Ordinal).SelectMany(module =>
        {
            var defaults = Defaults(module);
            return module.Select(file => defaults.Count == 0 ? file : file with { Blocks = [.. file.Blocks.Select(b => Resolve(b, defaults))] });
        }).OrderBy(f => f.Path, StringComparer.Ordinal),
    ];

    private static Dictionary<string, HclValue> Defaults(IEnumerable<TerraformFile> module)
    {
        var defaults = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        foreach (var variable in module.SelectMany(f => f.Blocks).Where(b => b.Type == "variable" && b.Labels.Length == 1))
        {
            if (variable.Value("default") is { } value && value.DescendantsAndSelf().All(v => v.IsResolved))
            {
                defaults.TryAdd(variable.Labels[0], value);
            }
        }

        return defaults;
    }

    private static HclBlock Resolve(HclBlock block, Dictionary<string, HclValue> defaults) =>
        block.Type == "variable"
            ? block
            : block with
            {
                Attributes = [.. block.Attributes.Select(a => a with { Value = Resolve(a.Value, defaults) })],
                Blocks = [.. block.Blocks.Select(b => Resolve(b, defaults))],
            };

    private static HclValue Resolve(HclValue value, Dictionary<string, HclValue> defaults)
    {
        var name = value.Kind switch
        {
            HclValueKind.Reference when value.Text.StartsWith("var.", StringComparison.Ordinal) => value.Text[4..],
            HclValueKind.String when value.Text.StartsWith("${var.", StringComparison.Ordinal) && value.Text.EndsWith('}')
                && value.Text.IndexOf('}') == value.Text.Length - 1 => value.Text[6..^1].Trim(),
            _ => null,
        };
        if (name is not null && defaults.TryGetValue(name, out var resolved))
        {
            return Relocate(resolved, value.Span) with { State = ValueState.Defaulted };
        }

        if (value.Items.IsEmpty && value.Entries.IsEmpty)
        {
            return value;
        }

        return value with
        {
            Items = [.. value.Items.Select(v => Resolve(v, defaults))],
            Entries = [.. value.Entries.Select(e => e with { Value = Resolve(e.Value, defaults) })],
        };
    }

    private static HclValue Relocate(HclValue value, Facts.SourceSpan span) => value with { Span = span };
}
