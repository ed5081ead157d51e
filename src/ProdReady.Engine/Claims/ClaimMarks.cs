using System.Text.RegularExpressions;

namespace ProdReady.Engine.Claims;

/// <summary>The words and signs that make a line of a document a claim, and those that undo it.</summary>
internal static partial class ClaimMarks
{
    /// <summary>Whether a line claims completion: a done sign (never undone by the words around it), or a status word
    /// (DONE and COMPLETE in capitals, Implemented in any case), a completion verb when <paramref name="verbs"/> is set,
    /// or the enclosing section's claim when <paramref name="inClaimedSection"/> is set, each unless negated. A cross
    /// mark always wins.</summary>
    public static bool Claims(string text, bool verbs, bool inClaimedSection = false) =>
        !CrossMark().IsMatch(text)
        && (DoneSign().IsMatch(text)
            || ((StatusWord().IsMatch(text) || (verbs && CompletionVerb().IsMatch(text)) || inClaimedSection) && !NegationWord().IsMatch(text)));

    /// <summary>A heading that declares its section finished: a done sign or the word complete.</summary>
    public static bool HeadingClaims(string text) => DoneSign().IsMatch(text) || CompleteWord().IsMatch(text);

    public static bool HasCrossMark(string text) => CrossMark().IsMatch(text);

    public static string Strip(string text) =>
        Whitespace().Replace(DoneSign().Replace(text, " ").Replace("\uFE0F", string.Empty, StringComparison.Ordinal), " ").Trim(' ', '-', ':', '|', '*');

    [GeneratedRegex("[\u2705\u2714\u2611\u2713]")]
    private static partial Regex DoneSign();

    [GeneratedRegex(@"\b(?:DONE|COMPLETED?|(?i:implemented))\b")]
    private static partial Regex StatusWord();

    [GeneratedRegex(@"(?i)\bcomplete[d]?\b")]
    private static partial Regex CompleteWord();

    [GeneratedRegex(@"(?i)\b(?:implemented|added|configured|fixed|enabled|completed?|set up|in place|deployed|integrated)\b")]
    private static partial Regex CompletionVerb();

    [GeneratedRegex("[\u274C\u2716\u26A0\u2B55\u23F3]")]
    private static partial Regex CrossMark();

    [GeneratedRegex(@"(?i)\b(?:not|no longer|missing|todo|pending|planned|to do|will be|should be|needs?|lacks?|yet)\b")]
    private static partial Regex NegationWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
