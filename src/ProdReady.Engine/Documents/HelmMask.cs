using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace ProdReady.Engine.Documents;

/// <summary>Makes a Helm template readable as YAML without rendering it. A line that holds only control actions
/// (<c>{{- if … }}</c>, <c>{{- end }}</c>) becomes blank. A line that holds only an action that fills a block in
/// (<c>{{ toYaml .Values.resources | nindent 12 }}</c>) becomes that block, read from the chart's default values as one
/// line of flow YAML, when the values are known and the block is one the rules judge; otherwise it becomes blank and
/// is returned with its indentation, which says which block it may have filled in. An action inside a line becomes
/// the value it names from the default values when that is a plain word under a key the rules judge, else
/// <see cref="Token"/>, which marks the value unresolved. Line numbers stay as they were. Hand-written: no Go template
/// engine exists here, and only these few forms need reading.</summary>
internal static partial class HelmMask
{
    public const string Token = "__helm__";

    /// <summary>Blocks and scalars read from values: the ones that decide resources, probes, security context,
    /// replicas and images. Nothing else is filled in, so a value that is a secret never enters a manifest.</summary>
    private static readonly HashSet<string> ValueKeys = new(StringComparer.Ordinal)
    {
        "resources", "securityContext", "livenessProbe", "readinessProbe", "startupProbe", "replicas", "image",
        "runAsNonRoot", "runAsUser", "readOnlyRootFilesystem", "allowPrivilegeEscalation", "privileged",
    };

    /// <summary>A name for messages: each unresolved action shown as <c>{{…}}</c>.</summary>
    public static string? Readable(string? text) => text?.Replace(Token, "{{…}}", StringComparison.Ordinal);

    public static (string Text, ImmutableDictionary<int, int> MaskedLines) Mask(string text, HelmValues? values = null)
    {
        var lines = text.Split('\n');
        var masked = ImmutableDictionary.CreateBuilder<int, int>();
        var output = new StringBuilder(text.Length);
        var scopes = new Stack<string?>();
        var open = false;
        string? lastKey = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var indent = line.Length - line.TrimStart().Length;
            var key = KeyOf(line);
            var builder = new StringBuilder();
            var actions = new List<string>();
            var onlyActions = true;
            var hadAction = open;
            var spansLines = open;
            var at = 0;
            while (at < line.Length)
            {
                if (open)
                {
                    var close = line.IndexOf("}}", at, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        at = line.Length;
                        break;
                    }

                    open = false;
                    at = close + 2;
                    continue;
                }

                var start = line.IndexOf("{{", at, StringComparison.Ordinal);
                if (start < 0)
                {
                    onlyActions &= line[at..].Trim().Length == 0;
                    builder.Append(line, at, line.Length - at);
                    break;
                }

                onlyActions &= line[at..start].Trim().Length == 0;
                var end = line.IndexOf("}}", start + 2, StringComparison.Ordinal);
                hadAction = true;
                if (end < 0)
                {
                    spansLines = true;
                    builder.Append(line, at, start - at).Append(Token);
                    open = true;
                    at = start + 2;
                    continue;
                }

                var action = line[(start + 2)..end].Trim().Trim('-').Trim();
                actions.Add(action);
                builder.Append(line, at, start - at).Append(Inline(action, key, values) ?? Token);
                at = end + 2;
            }

            if (hadAction && onlyActions)
            {
                builder.Clear();
                if (spansLines || !Track(actions, scopes))
                {
                    if (!spansLines && actions.Count == 1 && Block(actions[0], lastKey, values, scopes) is { } block)
                    {
                        builder.Append(' ', block.Length == 0 ? 0 : IndentOf(actions[0]) is > 0 and var depth ? depth : indent).Append(block);
                    }
                    else
                    {
                        masked[i + 1] = indent;
                    }
                }
            }
            else if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            {
                lastKey = key;
            }

            output.Append(builder);
            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
        }

        return (output.ToString(), masked.ToImmutable());
    }

    /// <summary>Follows <c>if</c>/<c>with</c>/<c>range</c>/<c>end</c> and other actions that print nothing; false when
    /// any action on the line may print something.</summary>
    private static bool Track(List<string> actions, Stack<string?> scopes)
    {
        foreach (var action in actions)
        {
            var word = action.Split([' ', '\t'], 2)[0];
            switch (word)
            {
                case "if" or "range" or "define":
                    scopes.Push(null);
                    break;
                case "with":
                    scopes.Push(ValuesPath().Match(action[4..].Trim()) is { Success: true } m && m.Length == action[4..].Trim().Length ? m.Groups[1].Value : null);
                    break;
                case "end":
                    scopes.TryPop(out _);
                    break;
                case "else":
                    break;
                default:
                    if (!action.StartsWith("/*", StringComparison.Ordinal) && !Assignment().IsMatch(action))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>The block a <c>toYaml</c> line prints: nothing when the value is unset or empty (whatever the key),
    /// the value itself for a key the rules judge, else null (unknown).</summary>
    private static string? Block(string action, string? key, HelmValues? values, Stack<string?> scopes)
    {
        if (values is null || ToYaml().Match(action) is not { Success: true } match)
        {
            return null;
        }

        var path = match.Groups[1].Value == "." ? (scopes.TryPeek(out var scope) ? scope : null) : match.Groups[2].Value;
        if (path is null)
        {
            return null;
        }

        var node = values.Resolve(path);
        if (HelmValues.IsEmpty(node))
        {
            return "";
        }

        return key is not null && ValueKeys.Contains(key) ? HelmValues.Flow(node!) : null;
    }

    private static string? Inline(string action, string? key, HelmValues? values)
    {
        if (action == ".Chart.Name" && values?.ChartName is { } chart)
        {
            return chart;
        }

        if (values is null || key is null || !ValueKeys.Contains(key) || ScalarReference().Match(action) is not { Success: true } match
            || values.Resolve(match.Groups[1].Value) is not { } node || HelmValues.Word(node) is not { } word)
        {
            return null;
        }

        return match.Groups[2].Success ? "\"" + word + "\"" : word;
    }

    private static int IndentOf(string action) => NIndent().Match(action) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string? KeyOf(string line)
    {
        var match = Key().Match(line);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?([A-Za-z][A-Za-z0-9]*):(?:\s|$)")]
    private static partial Regex Key();

    [GeneratedRegex(@"^\.Values\.([A-Za-z0-9_.]+)")]
    private static partial Regex ValuesPath();

    [GeneratedRegex(@"^toYaml\s+(\.|\.Values\.([A-Za-z0-9_.]+))\s*\|\s*n?indent\s+\d+$")]
    private static partial Regex ToYaml();

    [GeneratedRegex(@"n?indent\s+(\d+)")]
    private static partial Regex NIndent();

    [GeneratedRegex(@"^\.Values\.([A-Za-z0-9_.]+)(\s*\|\s*quote)?$")]
    private static partial Regex ScalarReference();

    [GeneratedRegex(@"^\$[A-Za-z0-9_]*\s*:?=")]
    private static partial Regex Assignment();
}
