using System.Collections.Immutable;
using System.Text.Json;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>The <c>CMD</c> and <c>ENTRYPOINT</c> instructions of a Dockerfile, in exec form (a JSON array) or shell
/// form, as start commands. Every stage's instructions are listed; which stage ships is the Dockerfile reader's
/// business.</summary>
internal static class DockerfileCommands
{
    public static IEnumerable<EntryPointFact> Read(SourceFile file)
    {
        foreach (var line in LogicalLines.Read(file, _ => 0))
        {
            var space = line.Text.IndexOfAny([' ', '\t']);
            if (space < 0 || line.Text[..space].ToUpperInvariant() is not ("CMD" or "ENTRYPOINT"))
            {
                continue;
            }

            var argument = line.Text[(space + 1)..].Trim();
            var span = new SourceSpan(file.Path, line.Line, line.Column, line.Length);
            if (ExecForm(argument) is { } words)
            {
                var server = CommandClassifier.ClassifyStart(words);
                yield return new EntryPointFact(server.Kind, server.Server, Join(words), span);
            }
            else if (argument.Length > 0)
            {
                var server = CommandClassifier.ClassifyStart(argument);
                yield return new EntryPointFact(server.Kind, server.Server, argument, span);
            }
        }
    }

    private static ImmutableArray<string>? ExecForm(string argument)
    {
        if (!argument.StartsWith('['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(argument);
            var items = document.RootElement.EnumerateArray().ToList();
            return items.All(i => i.ValueKind == JsonValueKind.String) ? [.. items.Select(i => i.GetString()!)] : null;
        }
        catch (JsonException)
        {
            // Docker itself runs a malformed exec form as a shell command.
            return null;
        }
    }

    private static string Join(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => w.Length == 0 || w.Any(char.IsWhiteSpace) ? $"\"{w}\"" : w));
}
