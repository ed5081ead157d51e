using System.Text.RegularExpressions;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>One PEP 508 requirement (<c>Django[argon2]>=4.2,&lt;5 ; python_version &gt;= "3.10"</c>): the name
/// normalised as PEP 503 does (lower case, runs of <c>-_.</c> become <c>-</c>), where it starts in the text, and
/// the version specifier as written without extras, markers or spaces.</summary>
internal sealed partial record PythonRequirement(string Name, int NameOffset, int NameLength, string? Version)
{
    public static PythonRequirement? Parse(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var at = text.IndexOf('@');
        if (scheme >= 0 && (at < 0 || at > scheme))
        {
            return null;
        }

        var match = Requirement().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"];
        var version = Whitespace().Replace(match.Groups["version"].Value, "").TrimEnd('\\').Trim('(', ')');
        if (version.StartsWith('@'))
        {
            version = "";
        }

        return new PythonRequirement(Normalise(name.Value), name.Index, name.Length, version.Length == 0 ? null : version);
    }

    public static string Normalise(string name) => Separators().Replace(name, "-").ToLowerInvariant();

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?<version>[^;#]*)")]
    private static partial Regex Requirement();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Separators();
}
