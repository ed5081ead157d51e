using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Operations;

/// <summary>Finds where the repository's own files (not tests or vendored code) mention one of a few words.</summary>
internal static class RepositoryText
{
    public static (string Needle, SourceSpan Span)? First(Repository repository, IReadOnlyList<string> needles, Func<string, bool>? include = null)
    {
        foreach (var file in repository.Files)
        {
            if (CodePaths.IsTest(file.Path) || CodePaths.IsVendored(file.Path) || (include is not null && !include(file.Path)))
            {
                continue;
            }

            foreach (var needle in needles)
            {
                var index = file.Text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
                if (index >= 0)
                {
                    return (needle, SpanAt(file, index));
                }
            }
        }

        return null;
    }

    public static SourceSpan SpanAt(SourceFile file, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (file.Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(file.Path, line, index - lineStart + 1);
    }

    public static bool IsDocument(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".rst" or ".txt" or ".adoc" or ".markdown";

    /// <summary>Markdown and reStructuredText headings of a document, with their spans.</summary>
    public static IEnumerable<(string Heading, SourceSpan Span)> Headings(SourceFile file)
    {
        var lines = file.Text.Split('\n');
        for (var i = FrontMatterEnd(lines); i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                yield return (line.TrimStart('#').Trim(), new SourceSpan(file.Path, i + 1, 1));
            }
            else if (i + 1 < lines.Length && line.Trim().Length > 0 && lines[i + 1].TrimEnd('\r') is { Length: > 2 } under
                && under.All(c => c is '=' or '-' or '~' or '^'))
            {
                yield return (line.Trim(), new SourceSpan(file.Path, i + 1, 1));
            }
        }
    }

    // YAML front matter (between "---" lines at the top) is metadata; its closing line is no setext underline.
    private static int FrontMatterEnd(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r') is "---" or "...")
            {
                return i + 1;
            }
        }

        return 0;
    }
}
