using System.Collections.Immutable;
using System.Globalization;

namespace ProdReady.Engine.Files;

/// <summary>The lines every commit added, read from one streamed <c>git log -p</c> (run as safely as every other git
/// command), one hunk at a time, so memory stays bounded by the largest hunk whatever the history's size.</summary>
public static class GitHistory
{
    /// <summary>Hunks longer than this are handed on in pieces.</summary>
    public const int MaxHunkLines = 2000;

    private const string CommitMarker = "\u0001commit ";

    public static bool IsRepository(string root) =>
        GitCommand.Run(root, "rev-parse", "--is-inside-work-tree")?.Trim() == "true";

    public static IEnumerable<AddedHunk> AddedHunks(string root) =>
        Parse(GitCommand.Lines(root, "-c", "core.quotePath=false", "-c", "diff.renames=false", "log", "-p", "--all",
            "--no-color", "--no-ext-diff", "--no-textconv", "-U0", "--format=%x01commit %H"));

    /// <summary>Reads <c>git log -p -U0</c> output; public so that tests can feed it text.</summary>
    public static IEnumerable<AddedHunk> Parse(IEnumerable<string> log)
    {
        string? commit = null;
        string? path = null;
        var inHunk = false;
        var next = 0;
        var first = 0;
        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var line in log)
        {
            var isAdded = inHunk && line.StartsWith('+');
            if (!isAdded && lines.Count > 0 || lines.Count >= MaxHunkLines)
            {
                yield return new AddedHunk(commit!, path!, first, lines.ToImmutable());
                lines.Clear();
            }

            if (isAdded)
            {
                if (lines.Count == 0)
                {
                    first = next;
                }

                lines.Add(line[1..]);
                next++;
            }
            else if (line.StartsWith(CommitMarker, StringComparison.Ordinal))
            {
                (commit, path, inHunk) = (line[CommitMarker.Length..].Trim(), null, false);
            }
            else if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                (path, inHunk) = (null, false);
            }
            else if (!inHunk && line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                path = NewPath(line[4..]);
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                next = NewStart(line);
                inHunk = commit is not null && path is not null && next > 0;
            }
        }

        if (lines.Count > 0)
        {
            yield return new AddedHunk(commit!, path!, first, lines.ToImmutable());
        }
    }

    private static string? NewPath(string header)
    {
        var text = header.Trim();
        if (text.StartsWith('"') && text.EndsWith('"') && text.Length >= 2)
        {
            text = text[1..^1];
        }

        return text.StartsWith("b/", StringComparison.Ordinal) ? text[2..] : null;
    }

    // "@@ -a,b +c,d @@": the added lines start at c in the new file.
    private static int NewStart(string header)
    {
        var plus = header.IndexOf(" +", StringComparison.Ordinal);
        if (plus < 0)
        {
            return 0;
        }

        var start = plus + 2;
        var end = start;
        while (end < header.Length && char.IsAsciiDigit(header[end]))
        {
            end++;
        }

        return int.TryParse(header.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
