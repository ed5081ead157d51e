using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProdReady.Engine.Config;

/// <summary>Reads the <c>ignore:</c> list: each item a flat mapping of rule, path, reason and until. Whether the rule
/// exists is checked by the caller, which knows the catalogue, using <see cref="ConfigIgnore.Line"/>.</summary>
internal sealed class ConfigIgnoreReader(IParser parser, Func<long, string, ConfigException> error)
{
    private const string Shape = "a list of entries such as '- rule: SEC001' with 'reason:' (and optionally 'path:' and 'until:')";
    private const string Fields = "rule, path, reason or until";

    public ImmutableArray<ConfigIgnore> Read(string name)
    {
        if (parser.TryConsume<Scalar>(out var scalar) && ConfigParser.IsNullScalar(scalar))
        {
            return [];
        }

        if (scalar is not null || !parser.TryConsume<SequenceStart>(out _))
        {
            throw error(scalar?.Start.Line ?? Line(), $"'{name}' must be {Shape}");
        }

        var items = ImmutableArray.CreateBuilder<ConfigIgnore>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(parser.TryConsume<MappingStart>(out var start)
                ? ReadEntry(name, (int)start.Start.Line)
                : throw error(Line(), $"'{name}' must be {Shape}"));
        }

        return items.ToImmutable();
    }

    private ConfigIgnore ReadEntry(string name, int line)
    {
        var values = new Dictionary<string, Scalar>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                throw error(Line(), $"'{name}' entries must be 'key: value' lines ({Fields})");
            }

            if (key.Value is not ("rule" or "path" or "reason" or "until"))
            {
                throw error(key.Start.Line, $"unknown key '{Shorten(key.Value)}' in '{name}' (expected {Fields})");
            }

            if (!parser.TryConsume<Scalar>(out var value))
            {
                throw error(key.Start.Line, $"'{name}' {key.Value} must be a single value");
            }

            if (!values.TryAdd(key.Value, value))
            {
                throw error(key.Start.Line, $"'{name}' entry sets '{key.Value}' more than once");
            }
        }

        var rule = Text(values, "rule") ?? throw error(line, $"'{name}' entry has no 'rule' (a rule ID or name)");
        var reason = Text(values, "reason") ?? throw error(line, $"'{name}' entry for {Shorten(rule)} has no 'reason' (say why it is accepted)");
        return new ConfigIgnore
        {
            Rule = rule,
            Path = Text(values, "path"),
            Reason = reason,
            Until = values.TryGetValue("until", out var until) ? Date(name, until) : null,
            Line = line,
        };
    }

    private DateOnly Date(string name, Scalar value) =>
        DateOnly.TryParseExact(value.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw error(value.Start.Line, $"'{name}' until '{Shorten(value.Value)}' is not a date (expected YYYY-MM-DD)");

    private static string? Text(Dictionary<string, Scalar> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value.Value) ? value.Value.Trim() : null;

    private int Line() => (int)(parser.Current?.Start.Line ?? 1);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
