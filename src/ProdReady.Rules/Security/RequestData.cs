using System.Text.RegularExpressions;

namespace ProdReady.Rules.Security;

/// <summary>Whether an expression's source text reads data the client sent: Flask/Django/FastAPI/Starlette request
/// attributes in Python, Express/Koa request properties in JavaScript.</summary>
internal static partial class RequestData
{
    public static bool Mentions(string text, bool python) => Pattern(python).IsMatch(text);

    /// <summary>The first request read in the text (<c>request.args</c>, <c>req.body</c>).</summary>
    public static string? First(string text, bool python) => Pattern(python).Match(text) is { Success: true } match ? match.Value : null;

    private static Regex Pattern(bool python) => python ? PythonRequest() : ScriptRequest();

    [GeneratedRegex(@"\brequest\.(?:args|form|values|json|get_json|data|files|FILES|GET|POST|body|query_params|path_params|cookies|headers|stream)\b")]
    private static partial Regex PythonRequest();

    [GeneratedRegex(@"\b(?:req|request|ctx\.request)\.(?:body|query|params|cookies|headers|files?)\b")]
    private static partial Regex ScriptRequest();
}
