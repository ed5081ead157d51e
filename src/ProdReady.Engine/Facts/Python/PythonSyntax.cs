using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.Python;

internal static class PythonSyntax
{
    public static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]);

    /// <summary>Statements whose header ends with a colon and may carry their body on the same line.</summary>
    public static readonly FrozenSet<string> CompoundKeywords = FrozenSet.ToFrozenSet(
        ["if", "elif", "else", "while", "for", "try", "except", "finally", "with"]);

    public static bool IsIdentifier(PythonToken token) => token.IsName && !Keywords.Contains(token.Text);
}
