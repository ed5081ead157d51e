using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Rules.Secrets;

/// <summary>The <c>NAME=value</c> lines of a dotenv file, with the name's span. Hand-written: dotenv has no grammar a
/// library here reads, and the rule needs only names, unquoted values and lines.</summary>
internal static class EnvEntries
{
    public static IEnumerable<EnvEntry> Read(SourceFile file)
    {
        for (var line = 1; line <= file.LineCount; line++)
        {
            var text = file.Line(line);
            var start = text.Length - text.TrimStart().Length;
            var body = text[start..];
            if (body.StartsWith("export ", StringComparison.Ordinal))
            {
                body = body["export ".Length..].TrimStart();
                start = text.Length - body.Length;
            }

            var equals = body.IndexOf('=');
            if (body.StartsWith('#') || equals <= 0)
            {
                continue;
            }

            var name = body[..equals].TrimEnd();
            if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                continue;
            }

            var value = body[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            yield return new EnvEntry(name, value, new SourceSpan(file.Path, line, start + 1, name.Length));
        }
    }
}
