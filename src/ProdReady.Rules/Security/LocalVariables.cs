using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

/// <summary>What a plain name passed to a call was assigned in the lines of its function before the call. Hand-written
/// over the file's lines: the readers record assignments at module and class level only, and one function's
/// straight-line assignments are enough to see <c>sql = f"…"</c> followed by <c>cursor.execute(sql)</c>.</summary>
internal static partial class LocalVariables
{
    /// <summary>Lines searched above a module-level call, which has no function to bound it.</summary>
    private const int ModuleWindow = 40;

    /// <summary>Lines an assignment may run on for (a triple-quoted or template SQL statement).</summary>
    private const int MaxContinuation = 40;

    public static string? Name(string raw)
    {
        var text = raw.Trim();
        return Identifier().IsMatch(text) ? text : null;
    }

    /// <summary>The plain names an expression reads (not attributes: <c>b</c> in <c>a.b</c> is skipped).</summary>
    public static IEnumerable<string> Names(string raw) =>
        UsedName().Matches(raw).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    /// <summary>The right-hand sides assigned to <paramref name="name"/> since its last plain assignment before
    /// the call (<c>=</c>, then any <c>+=</c>); empty when none is found.</summary>
    public static List<string> Assigned(AuditContext context, CallFact call, string name, bool python)
    {
        var found = new List<string>();
        if (context.Repository.File(call.Span.File) is not { } file)
        {
            return found;
        }

        var first = context.Facts.FunctionAt(call.Span) is { } function ? function.Span.Line : Math.Max(1, call.Span.Line - ModuleWindow);
        var pattern = Assignment(name);
        for (var line = first; line < call.Span.Line; line++)
        {
            var match = pattern.Match(file.Line(line));
            if (!match.Success && python)
            {
                match = With(name).Match(file.Line(line));
            }

            if (!match.Success && !python)
            {
                match = Destructuring().Match(file.Line(line));
                if (!match.Success || !Regex.IsMatch(match.Groups["names"].Value, $@"(?<![\w$]){Regex.Escape(name)}(?![\w$])"))
                {
                    continue;
                }
            }
            else if (!match.Success)
            {
                continue;
            }

            var text = match.Groups["value"].Value;
            var end = line;
            while (ScriptSqlText.Read(text, python).Open && end - line < MaxContinuation && end + 1 < call.Span.Line)
            {
                end++;
                text += "\n" + file.Line(end);
            }

            if (match.Groups["op"].Value is "=" or "")
            {
                found.Clear();
            }

            found.Add(text.TrimEnd().TrimEnd(';'));
            line = end;
        }

        return found;
    }

    private static Regex Assignment(string name) =>
        new($@"^\s*(?:(?:const|let|var)\s+)?{Regex.Escape(name)}\s*(?::\s*[\w.\[\]| ]+)?\s*(?<op>\+?=)(?!=)\s*(?<value>.+)$", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary><c>with open(path, "rb") as f:</c> binds <c>f</c> to the opened file.</summary>
    private static Regex With(string name) =>
        new($@"^\s*(?:async\s+)?with\s+(?<value>.+?)\s+as\s+{Regex.Escape(name)}\s*[:,]", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary><c>const { code, lang } = req.body;</c></summary>
    [GeneratedRegex(@"^\s*(?:const|let|var)\s*\{(?<names>[^}]*)\}\s*=(?!=)\s*(?<value>.+)$")]
    private static partial Regex Destructuring();

    [GeneratedRegex(@"(?<![\w$.])[A-Za-z_$][A-Za-z0-9_$]*(?![\w$])")]
    private static partial Regex UsedName();

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
