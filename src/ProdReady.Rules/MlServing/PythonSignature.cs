using ProdReady.Engine.Facts;

namespace ProdReady.Rules.MlServing;

/// <summary>The parameter list of a Python function as written, without the return annotation.
/// Stopgap: FunctionFact carries no parameters, so the header lines are read from the file.</summary>
internal static class PythonSignature
{
    private const int MaxHeaderLines = 40;

    public static string Parameters(FunctionFact function, RepositoryFacts facts)
    {
        var file = facts.Repository.File(function.Span.File);
        if (file is null)
        {
            return string.Empty;
        }

        var header = new System.Text.StringBuilder();
        var last = Math.Min(function.EndLine, function.Span.Line + MaxHeaderLines);
        for (var line = function.Span.Line; line <= last; line++)
        {
            header.Append(file.Line(line)).Append('\n');
        }

        var text = header.ToString();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return string.Empty;
        }

        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[(open + 1)..i];
            }
        }

        return string.Empty;
    }
}
