using System.Collections.Immutable;
using System.Globalization;
using ProdReady.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProdReady.Engine.Config;

/// <summary>Reads the configuration from parser events rather than a document tree: every value is one level deep,
/// so anything nested further is rejected at once and hostile input (deep nesting, alias bombs) is never built.</summary>
internal sealed class ConfigParser
{
    private const long MaxFileSizeKb = 1024 * 1024;
    private const string Keys = "max-file-size-kb, exclude, disable, severity or ignore";
    private const string SeverityNames = "critical, high, medium, low or info";

    private readonly string _file;
    private readonly Parser _parser;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private AuditConfig _config = AuditConfig.Default;

    private ConfigParser(string file, string text)
    {
        _file = file;
        _parser = new Parser(new StringReader(text));
    }

    public static AuditConfig Parse(string file, string text)
    {
        var reader = new ConfigParser(file, text);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException e)
        {
            throw new ConfigException(file, (int)e.Start.Line, $"invalid YAML: {Reason(e.Message)}");
        }
        catch (Exception e) when (e is not ConfigException)
        {
            // YamlDotNet's scanner throws other exceptions on some truncated input (an unclosed flow sequence at the
            // end of the file raises InvalidOperationException); the file is hostile input, so all of them are reported.
            throw new ConfigException(file, reader.CurrentLine(), "invalid YAML: unexpected structure (check brackets and quotes)");
        }
    }

    private AuditConfig ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out _))
        {
            return _config;
        }

        _parser.Consume<DocumentStart>();
        if (_parser.TryConsume<MappingStart>(out _))
        {
            while (!_parser.TryConsume<MappingEnd>(out _))
            {
                ReadSetting();
            }
        }
        else if (!(_parser.TryConsume<Scalar>(out var empty) && IsNull(empty)))
        {
            throw Error(CurrentLine(), "expected settings as 'key: value' lines");
        }

        _parser.Consume<DocumentEnd>();
        return _parser.Accept<StreamEnd>(out _) ? _config : throw Error(CurrentLine(), "only one YAML document is allowed");
    }

    private void ReadSetting()
    {
        if (!_parser.TryConsume<Scalar>(out var key))
        {
            throw Error(CurrentLine(), "setting names must be plain words");
        }

        var name = key.Value;
        if (!_seen.Add(name))
        {
            throw Error(key.Start.Line, $"'{Shorten(name)}' is set more than once");
        }

        _config = name switch
        {
            "max-file-size-kb" => _config with { MaxFileBytes = ReadSize(name) * 1024 },
            "exclude" => _config with { Excludes = ReadList(name, "a list of path patterns", ReadPattern) },
            "disable" => _config with { DisabledRules = [.. ReadList(name, "a list of rule IDs", ReadRuleId).Distinct()] },
            "severity" => _config with { SeverityOverrides = ReadSeverities(name) },
            "ignore" => _config with { Ignores = new ConfigIgnoreReader(_parser, Error).Read(name) },
            _ => throw Error(key.Start.Line, $"unknown key '{Shorten(name)}' (expected {Keys})"),
        };
    }

    private long ReadSize(string name)
    {
        if (!_parser.TryConsume<Scalar>(out var value) ||
            !long.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size <= 0)
        {
            throw Error(value?.Start.Line ?? CurrentLine(), $"'{name}' must be a positive whole number");
        }

        return size <= MaxFileSizeKb ? size : throw Error(value.Start.Line, $"'{name}' must be at most {MaxFileSizeKb} (1 GiB)");
    }

    private ImmutableArray<string> ReadList(string name, string expected, Func<string, Scalar, string> readItem)
    {
        if (_parser.TryConsume<Scalar>(out var scalar) && IsNull(scalar))
        {
            return [];
        }

        if (scalar is not null || !_parser.TryConsume<SequenceStart>(out _))
        {
            throw Error(scalar?.Start.Line ?? CurrentLine(), $"'{name}' must be {expected}");
        }

        var items = ImmutableArray.CreateBuilder<string>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(_parser.TryConsume<Scalar>(out var item)
                ? readItem(name, item)
                : throw Error(CurrentLine(), $"'{name}' must be {expected}"));
        }

        return items.ToImmutable();
    }

    private ImmutableDictionary<string, string> ReadSeverities(string name)
    {
        if (_parser.TryConsume<Scalar>(out var scalar) && IsNull(scalar))
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        if (scalar is not null || !_parser.TryConsume<MappingStart>(out _))
        {
            throw Error(scalar?.Start.Line ?? CurrentLine(), $"'{name}' must map rule IDs to severities, such as 'SEC001: low'");
        }

        var overrides = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            if (!_parser.TryConsume<Scalar>(out var key))
            {
                throw Error(CurrentLine(), $"'{name}' must map rule IDs to severities, such as 'SEC001: low'");
            }

            var id = ReadRuleId(name, key);
            if (!_parser.TryConsume<Scalar>(out var value) || !IsSeverity(value.Value))
            {
                throw Error(value?.Start.Line ?? CurrentLine(), $"'{name}' of {id} must be {SeverityNames}");
            }

            overrides[id] = value.Value.ToLowerInvariant();
        }

        return overrides.ToImmutable();
    }

    private string ReadPattern(string name, Scalar item) =>
        string.IsNullOrWhiteSpace(item.Value) ? throw Error(item.Start.Line, $"'{name}' has an empty pattern") : item.Value.Trim();

    private string ReadRuleId(string name, Scalar item) =>
        RuleId.TryParse(item.Value, out var id)
            ? id.Value
            : throw Error(item.Start.Line, $"'{Shorten(item.Value)}' in '{name}' is not a rule ID (expected letters and three digits, such as CFG001)");

    private static bool IsSeverity(string value) =>
        Enum.GetNames<Severity>().Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private int CurrentLine() => (int)(_parser.Current?.Start.Line ?? 1);

    private ConfigException Error(long line, string problem) => new(_file, (int)line, problem);

    internal static bool IsNullScalar(Scalar scalar) => IsNull(scalar);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // YamlDotNet prefixes its message with "(Line: 3, Col: 1, Idx: 20) - (Line: 3, Col: 2, Idx: 21): ".
    private static string Reason(string message)
    {
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return end < 0 ? message : message[(end + 3)..];
    }
}
