using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Documents;

/// <summary>Reads a Dockerfile into instructions: parser directives, comments, continuation lines (with the
/// <c>escape</c> directive's character), heredocs, flags and the JSON (exec) form. Hand-written because no .NET
/// library reads Dockerfiles; it follows the Dockerfile reference and never runs anything.</summary>
internal static partial class DockerfileParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
        "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    };

    private static readonly HashSet<string> HeredocKeywords = new(StringComparer.Ordinal) { "RUN", "COPY", "ADD" };

    /// <exception cref="FactReaderException">A line is not an instruction or a heredoc is never closed.</exception>
    public static DockerfileDocument Parse(SourceFile file)
    {
        var lines = file.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var directives = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var escape = '\\';
        var i = 0;
        for (; i < lines.Length; i++)
        {
            var match = Directive().Match(lines[i]);
            if (!match.Success)
            {
                break;
            }

            var name = match.Groups["name"].Value.ToLowerInvariant();
            directives[name] = match.Groups["value"].Value;
            escape = name == "escape" && match.Groups["value"].Value == "`" ? '`' : escape;
        }

        var instructions = ImmutableArray.CreateBuilder<DockerInstruction>();
        while (i < lines.Length)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                i++;
                continue;
            }

            instructions.Add(ReadInstruction(file.Path, lines, ref i, escape));
        }

        var all = instructions.ToImmutable();
        return new DockerfileDocument
        {
            Path = file.Path,
            Directives = directives.ToImmutable(),
            Instructions = all,
            Stages = DockerStages.Build(all),
        };
    }

    private static DockerInstruction ReadInstruction(string path, string[] lines, ref int i, char escape)
    {
        var first = lines[i];
        var column = first.Length - first.TrimStart().Length + 1;
        var startLine = i + 1;
        var text = new StringBuilder();
        var current = first.TrimStart().TrimEnd();
        while (current.EndsWith(escape) && i + 1 < lines.Length)
        {
            text.Append(current[..^1]);
            i++;
            while (i < lines.Length && lines[i].TrimStart() is var next && (next.StartsWith('#') || next.Length == 0) && i + 1 < lines.Length)
            {
                i++;
            }

            current = lines[i].TrimEnd();
        }

        text.Append(current.EndsWith(escape) ? current[..^1] : current);
        i++;
        var joined = text.ToString();
        var space = joined.IndexOfAny([' ', '\t']);
        var word = space < 0 ? joined : joined[..space];
        var keyword = word.ToUpperInvariant();
        if (!Keywords.Contains(keyword))
        {
            throw new FactReaderException($"invalid Dockerfile at line {startLine}: '{Shorten(word)}' is not an instruction");
        }

        var arguments = space < 0 ? "" : joined[(space + 1)..].Trim();
        var (flags, rest) = Flags(keyword, arguments);
        var heredocs = HeredocKeywords.Contains(keyword) ? ReadHeredocs(rest, lines, ref i, startLine) : [];
        return new DockerInstruction
        {
            Keyword = keyword,
            Arguments = rest,
            Span = new SourceSpan(path, startLine, column, first.TrimStart().TrimEnd().Length),
            EndLine = i,
            Flags = flags,
            ExecWords = keyword is "CMD" or "ENTRYPOINT" or "RUN" or "SHELL" or "COPY" or "ADD" or "VOLUME" ? ExecForm(rest) : null,
            Heredocs = heredocs,
        };
    }

    private static (ImmutableDictionary<string, string> Flags, string Remainder) Flags(string keyword, string arguments)
    {
        if (keyword is not ("FROM" or "COPY" or "ADD" or "RUN" or "HEALTHCHECK"))
        {
            return (ImmutableDictionary<string, string>.Empty, arguments);
        }

        var flags = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var rest = arguments;
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOfAny([' ', '\t']);
            var flag = end < 0 ? rest : rest[..end];
            var equals = flag.IndexOf('=');
            flags[equals < 0 ? flag[2..] : flag[2..equals]] = equals < 0 ? "" : flag[(equals + 1)..];
            rest = end < 0 ? "" : rest[end..].TrimStart();
        }

        return (flags.ToImmutable(), rest);
    }

    private static ImmutableArray<string> ReadHeredocs(string arguments, string[] lines, ref int i, int startLine)
    {
        var bodies = ImmutableArray.CreateBuilder<string>();
        foreach (Match match in Heredoc().Matches(arguments))
        {
            var delimiter = match.Groups["word"].Value;
            var stripTabs = match.Groups["dash"].Success;
            var body = new StringBuilder();
            while (true)
            {
                if (i >= lines.Length)
                {
                    throw new FactReaderException($"invalid Dockerfile: the heredoc <<{delimiter} opened at line {startLine} is never closed");
                }

                var line = stripTabs ? lines[i].TrimStart('\t') : lines[i];
                i++;
                if (line == delimiter)
                {
                    break;
                }

                body.Append(line).Append('\n');
            }

            bodies.Add(body.ToString());
        }

        return bodies.ToImmutable();
    }

    private static ImmutableArray<string>? ExecForm(string arguments)
    {
        if (!arguments.StartsWith('['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(arguments);
            var items = document.RootElement.EnumerateArray().ToList();
            return items.All(i => i.ValueKind == JsonValueKind.String) ? [.. items.Select(i => i.GetString()!)] : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Docker runs a malformed exec form as a shell command.
            return null;
        }
    }

    private static string Shorten(string word) => word.Length > 40 ? word[..40] + "…" : word;

    [GeneratedRegex(@"^#\s*(?<name>[A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?<value>\S*)\s*$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"(?<!<)<<(?<dash>-)?(?<quote>[""']?)(?<word>[A-Za-z_][A-Za-z0-9_]*)\k<quote>")]
    private static partial Regex Heredoc();
}
