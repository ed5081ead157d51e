using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Suppressions;

/// <summary>Finds ignore comments: the marker, then a rule ID or name, an optional <c>until=YYYY-MM-DD</c> and a reason. Only files containing the marker
/// are read line by line, so the cost on a repository without suppressions is one substring search per file.</summary>
public static partial class InlineSuppressionScanner
{
    public const string Marker = "prodready:ignore";

    private static readonly char[] Quotes = ['"', '\'', '`'];

    private static readonly string[] CommentOpeners = ["#", "//", "/*", "<!--", "--", ";", "*", "REM "];

    public static ImmutableArray<InlineSuppression> Scan(Repository repository)
    {
        var found = ImmutableArray.CreateBuilder<InlineSuppression>();
        foreach (var file in repository.Files)
        {
            if (!file.Text.Contains(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            var inCode = MarkdownCodeLines.Of(file);
            for (var line = 1; line <= file.LineCount; line++)
            {
                if (!inCode.Contains(line) && Parse(file.Path, line, file.Line(line)) is { } suppression)
                {
                    found.Add(suppression);
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The suppression on one line, or null when the line has no marker inside a comment.</summary>
    public static InlineSuppression? Parse(string file, int line, string text)
    {
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        var end = at + Marker.Length;
        if (at < 0 || (end < text.Length && !char.IsWhiteSpace(text[end])))
        {
            return null;
        }

        var before = text[..at];
        var opener = CommentOpeners
            .Select(o => (Opener: o, Index: before.IndexOf(o, StringComparison.OrdinalIgnoreCase)))
            .Where(o => o.Index >= 0)
            .OrderBy(o => o.Index)
            .FirstOrDefault();
        if (opener.Opener is null || !IsCommentStart(before, opener.Opener, opener.Index) || InsideString(before[..opener.Index]))
        {
            return null;
        }

        var match = Body().Match(StripCloser(text[end..]));
        var rule = match.Groups["rule"].Value;
        var reason = match.Groups["reason"].Value.Trim();
        var suppression = new InlineSuppression
        {
            File = file,
            Line = line,
            Rule = rule,
            Reason = reason,
            Standalone = string.IsNullOrWhiteSpace(before[..opener.Index]),
        };

        if (rule.Length == 0)
        {
            return suppression with { Problem = "names no rule (write 'prodready:ignore RULE-ID reason')" };
        }

        if (match.Groups["until"].Success)
        {
            var until = match.Groups["until"].Value;
            if (!DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return suppression with { Problem = $"'until={until}' is not a date (expected until=YYYY-MM-DD)" };
            }

            suppression = suppression with { Until = date };
        }

        return reason.Length == 0 ? suppression with { Problem = "gives no reason, so it does not apply (write the reason after the rule)" } : suppression;
    }

    // "REM" opens a comment only as a whole word at the start of a batch line, and a "*" only continues a block comment.
    private static bool IsCommentStart(string before, string opener, int index) => opener switch
    {
        "REM " or "*" => string.IsNullOrWhiteSpace(before[..index]),
        _ => true,
    };

    // An odd number of quotes (or backticks: a template literal, a Markdown code span) before the comment opener means
    // the "comment" is text inside a string, such as test data; a quote earlier on a comment line is rare enough to accept the miss.
    private static bool InsideString(string code) => Quotes.Any(q => code.Count(c => c == q) % 2 == 1);

    private static string StripCloser(string text)
    {
        var trimmed = text.TrimEnd();
        foreach (var closer in (string[])["*/", "-->"])
        {
            if (trimmed.EndsWith(closer, StringComparison.Ordinal))
            {
                return trimmed[..^closer.Length];
            }
        }

        return trimmed;
    }

    [GeneratedRegex(@"^\s*(?<rule>[A-Za-z0-9][A-Za-z0-9_-]*)?(?:\s+until=(?<until>\S*))?(?<reason>.*)$")]
    private static partial Regex Body();
}
