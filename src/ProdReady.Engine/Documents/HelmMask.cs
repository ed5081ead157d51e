using System.Collections.Immutable;
using System.Text;

namespace ProdReady.Engine.Documents;

/// <summary>Makes a Helm template readable as YAML without rendering it: a line that holds only template actions
/// (<c>{{- if … }}</c>, <c>{{ toYaml .Values.x | nindent 8 }}</c>) becomes blank, and an action inside a line
/// becomes <see cref="Token"/>, which marks the value unresolved. Line numbers stay as they were; each blanked line
/// is returned with its indentation, which says which block it filled in.</summary>
internal static class HelmMask
{
    public const string Token = "__helm__";

    public static (string Text, ImmutableDictionary<int, int> MaskedLines) Mask(string text)
    {
        var lines = text.Split('\n');
        var masked = ImmutableDictionary.CreateBuilder<int, int>();
        var output = new StringBuilder(text.Length);
        var open = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var builder = new StringBuilder();
            var onlyActions = true;
            var hadAction = open;
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
                builder.Append(line, at, start - at).Append(Token);
                hadAction = true;
                open = true;
                at = start + 2;
            }

            if (hadAction && onlyActions)
            {
                masked[i + 1] = line.Length - line.TrimStart().Length;
                builder.Clear();
            }

            output.Append(builder);
            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
        }

        return (output.ToString(), masked.ToImmutable());
    }
}
