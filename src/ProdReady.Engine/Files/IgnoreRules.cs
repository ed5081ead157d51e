using MAB.DotIgnore;

namespace ProdReady.Engine.Files;

/// <summary>Gitignore patterns from several files, each relative to its own directory. The deepest file with a
/// matching pattern decides, and within a file the last matching pattern wins, as git does. Directories are
/// pruned by the caller, so a file under an ignored directory is never asked about.</summary>
internal sealed class IgnoreRules
{
    private const long MaxIgnoreFileBytes = 1024 * 1024;

    private readonly List<Level> _levels = [];

    public static IgnoreRules FromPatterns(IEnumerable<string> patterns)
    {
        var rules = new IgnoreRules();
        rules.Push(string.Empty, patterns);
        return rules;
    }

    public void Push(string baseDirectory, IEnumerable<string> lines) => _levels.Add(new Level(baseDirectory, Parse(lines)));

    /// <summary>Adds the rules of an ignore file if it exists; returns whether a level was pushed.</summary>
    public bool PushFile(string baseDirectory, string fullPath)
    {
        var lines = ReadIgnoreFile(fullPath);
        if (lines is null)
        {
            return false;
        }

        Push(baseDirectory, lines);
        return true;
    }

    public void Pop() => _levels.RemoveAt(_levels.Count - 1);

    public bool IsIgnored(string relativePath, bool isDirectory)
    {
        for (var i = _levels.Count - 1; i >= 0; i--)
        {
            var decision = _levels[i].Decide(relativePath, isDirectory);
            if (decision is not null)
            {
                return decision.Value;
            }
        }

        return false;
    }

    // Like git, an ignore file that is a symlink is not read: it could point outside the repository.
    private static string[]? ReadIgnoreFile(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxIgnoreFileBytes)
            {
                return null;
            }

            return File.ReadAllLines(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static List<IgnoreRule> Parse(IEnumerable<string> lines)
    {
        var rules = new List<IgnoreRule>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = TrimUnescapedTrailingSpaces(raw);
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                rules.Add(new IgnoreRule(line, MatchFlags.PATHNAME, number));
            }
            catch (ArgumentException)
            {
                // A pattern the library cannot parse matches nothing, as git treats a malformed line.
            }
        }

        return rules;
    }

    private static string TrimUnescapedTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }

    private sealed record Level(string BaseDirectory, List<IgnoreRule> Rules)
    {
        private readonly string _prefix = BaseDirectory + "/";

        public bool? Decide(string relativePath, bool isDirectory)
        {
            if (Rules.Count == 0)
            {
                return null;
            }

            string local;
            if (BaseDirectory.Length == 0)
            {
                local = relativePath;
            }
            else if (relativePath.StartsWith(_prefix, StringComparison.Ordinal))
            {
                local = relativePath[(BaseDirectory.Length + 1)..];
            }
            else
            {
                return null;
            }

            var name = local[(local.LastIndexOf('/') + 1)..];
            bool? decision = null;
            foreach (var rule in Rules)
            {
                // Git matches a pattern without a slash against the name alone, at any depth.
                var anchored = rule.PatternFlags.HasFlag(PatternFlags.ABSOLUTE_PATH) || rule.Pattern.Contains('/');
                if (rule.IsMatch(anchored ? local : name, isDirectory))
                {
                    decision = !rule.PatternFlags.HasFlag(PatternFlags.NEGATION);
                }
            }

            return decision;
        }
    }
}
