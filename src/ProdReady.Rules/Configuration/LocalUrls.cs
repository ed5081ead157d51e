using System.Text.RegularExpressions;

namespace ProdReady.Rules.Configuration;

/// <summary>Recognises http(s) and ws(s) URLs that point at the machine the code runs on.</summary>
internal static partial class LocalUrls
{
    /// <summary>The local URLs in a value that is a URL or a comma-separated list of URLs; empty when the value is
    /// anything else (a sentence that mentions a URL, a path, a template).</summary>
    public static (IReadOnlyList<string> Local, int Total) Parse(string value, bool bindAddressesAreLocal = true)
    {
        // Most of a repository's string literals are no URL at all: they are answered without splitting them.
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            return ([], 0);
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts.All(p => AnyUrl().IsMatch(p)))
        {
            return ([], 0);
        }

        var local = parts.Where(p => Local().Match(p) is { Success: true } m && (bindAddressesAreLocal || m.Groups["host"].Value != "0.0.0.0")).ToList();
        return (local, parts.Length);
    }

    public static bool IsLocal(string value, bool bindAddressesAreLocal = true) => Parse(value, bindAddressesAreLocal).Local.Count > 0;

    [GeneratedRegex("^(https?|wss?)://\\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUrl();

    [GeneratedRegex("^(https?|wss?)://(?<host>localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\])(:[0-9]+)?([/?#]\\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Local();
}
