using System.Text;
using System.Text.RegularExpressions;

namespace ProdReady.Model;

/// <summary>
/// The one way repository text reaches a report. Known secret spans are masked to their first characters and an
/// ellipsis; then a defensive pass masks anything else that looks like a credential (values assigned to secret-like
/// names, passwords in URLs, long high-entropy tokens), so a rule that forgets to mark a span still cannot leak.
/// </summary>
public static partial class Redactor
{
    public const int MaxSnippetLength = 240;
    private const char Ellipsis = '…';

    public static RedactedText Snippet(string text, IReadOnlyList<TextSpan>? secrets = null)
    {
        var masked = MaskSpans(text, secrets);
        masked = Defensive(masked);
        if (masked.Length > MaxSnippetLength)
        {
            masked = string.Concat(masked.AsSpan(0, MaxSnippetLength), Ellipsis.ToString());
        }

        return new RedactedText(masked);
    }

    /// <summary>Free text such as a message or evidence sentence: known secrets masked, then the defensive pass;
    /// never shortened.</summary>
    public static RedactedText Text(string text, IReadOnlyList<TextSpan>? secrets = null) => new(Defensive(MaskSpans(text, secrets)));

    /// <summary>Text that comes from ProdReady itself and never from a repository.</summary>
    public static RedactedText Trusted(string text) => new(text);

    public static string Mask(string secret)
    {
        if (secret.Length == 0)
        {
            return secret;
        }

        var keep = secret.Length switch
        {
            <= 4 => 0,
            <= 12 => 2,
            _ => 4,
        };
        return string.Concat(secret.AsSpan(0, keep), Ellipsis.ToString());
    }

    private static string MaskSpans(string text, IReadOnlyList<TextSpan>? secrets)
    {
        if (secrets is null || secrets.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in secrets.Where(s => s.Length > 0).OrderBy(s => s.Start))
        {
            var start = Math.Clamp(span.Start, 0, text.Length);
            var end = Math.Clamp(span.End, 0, text.Length);
            if (start < position)
            {
                start = position;
            }

            if (end <= start)
            {
                continue;
            }

            builder.Append(text, position, start - position);
            builder.Append(Mask(text[start..end]));
            position = end;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static string Defensive(string text)
    {
        var result = SecretAssignment().Replace(text, m => m.Groups["pre"].Value + MaskIfSecret(m.Groups["value"].Value) + m.Groups["post"].Value);
        result = FallbackLiteral().Replace(result, m => m.Groups["pre"].Value + m.Groups["q"].Value + MaskIfSecret(m.Groups["value"].Value) + m.Groups["q"].Value);
        result = UrlPassword().Replace(result, m => m.Groups["pre"].Value + Mask(m.Groups["pw"].Value) + "@");
        result = LongToken().Replace(result, m => LooksRandom(m.Value) ? Mask(m.Value) : m.Value);
        return result;
    }

    private static string MaskIfSecret(string value)
    {
        if (value.Length < 4 || value.Contains(Ellipsis) || value.StartsWith('$') || value.StartsWith("{{", StringComparison.Ordinal)
            || NotAValue.Contains(value) || CodeExpression().IsMatch(value))
        {
            return value;
        }

        return Mask(value);
    }

    // Type names and keywords that follow a secret-like name in declarations rather than values.
    private static readonly HashSet<string> NotAValue = new(StringComparer.Ordinal)
    {
        "str", "string", "String", "bool", "int", "None", "null", "true", "false", "True", "False", "undefined",
        "SecretStr", "Optional", "required", "process", "settings", "config", "self", "this",
    };

    internal static bool LooksRandom(string token)
    {
        if (token.Contains(Ellipsis))
        {
            return false;
        }

        var classes = (token.Any(char.IsUpper) ? 1 : 0) + (token.Any(char.IsLower) ? 1 : 0) + (token.Any(char.IsDigit) ? 1 : 0);
        return classes >= 2 && ShannonEntropy(token) >= 3.5;
    }

    private static double ShannonEntropy(string token)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in token)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        double entropy = 0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / token.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    // A quoted or bare value assigned to a name that says it holds a secret: KEY = "v", key: 'v', "key": "v", KEY=v.
    [GeneratedRegex("""(?<pre>(?i:[\w.-]*(?:secret|passw(?:or)?d|pwd|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|credential|auth[_-]?key)[\w.-]*)["']?\s*(?::\s*\w+\s*)?(?:=|:|=>)\s*[fbru]?["'`]?)(?<value>[^\s"'`,;)}]+)(?<post>["'`]?)""")]
    private static partial Regex SecretAssignment();

    // A literal default after a look-up of a secret-like name: X = process.env.JWT_SECRET || "v", ... ?? "v", ... or "v".
    [GeneratedRegex("""(?<pre>(?i:secret|passw(?:or)?d|pwd|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|credential|auth[_-]?key)[^\n]*?(?:\|\||\?\?|\bor\b)\s*)(?<q>["'`])(?<value>[^"'`\n]+)\k<q>""")]
    private static partial Regex FallbackLiteral();

    [GeneratedRegex(@"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*[\[(]")]
    private static partial Regex CodeExpression();

    [GeneratedRegex(@"(?<pre>[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@""']*:)(?<pw>[^\s@/""']+)@")]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"[A-Za-z0-9+/_\-]{32,}={0,2}")]
    private static partial Regex LongToken();
}
