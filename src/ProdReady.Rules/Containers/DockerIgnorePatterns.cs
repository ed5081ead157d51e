using System.Text.RegularExpressions;

namespace ProdReady.Rules.Containers;

/// <summary>Whether a .dockerignore keeps a top-level entry (<c>.git</c>, <c>.env</c>) out of the build context.
/// Patterns are matched the way Docker does for a single path segment: <c>*</c>, <c>?</c> and <c>**/</c>, with later
/// <c>!</c> exceptions re-including. Hand-written because only one segment at the root needs judging.</summary>
internal static class DockerIgnorePatterns
{
    public static bool Excludes(string dockerignore, string entry)
    {
        var excluded = false;
        foreach (var raw in dockerignore.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var negate = line.StartsWith('!');
            var pattern = (negate ? line[1..] : line).Trim().TrimStart('/').TrimEnd('/');
            while (pattern.StartsWith("**/", StringComparison.Ordinal))
            {
                pattern = pattern[3..];
            }

            if (pattern.EndsWith("/**", StringComparison.Ordinal))
            {
                pattern = pattern[..^3];
            }

            if (pattern == "**" || Glob(pattern).IsMatch(entry))
            {
                excluded = !negate;
            }
        }

        return excluded;
    }

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$");
}
