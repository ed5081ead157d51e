using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

/// <summary>Judges CORS origin values: a literal <c>"*"</c> (alone or in a list), a regex that matches any origin,
/// or a simple name bound to such a literal elsewhere (<c>allow_origins=origins</c>, <c>settings.CORS_ORIGINS</c>).</summary>
internal static class CorsValues
{
    private const string ProbeOrigin = "https://attacker.example";

    /// <summary>The literal that makes <paramref name="value"/> a wildcard (the value itself, or the setting it names), or null.</summary>
    public static FactValue? Wildcard(RepositoryFacts facts, FactValue? value, string file)
    {
        if (value is null)
        {
            return null;
        }

        if (IsWildcard(value))
        {
            return value;
        }

        if (value.Kind != ValueKind.Expression || !SimpleName(value.Raw))
        {
            return null;
        }

        var name = value.Raw[(value.Raw.LastIndexOf('.') + 1)..];
        var bound = facts.SettingsNamed(name).Where(s => FileRoles.IsProduction(s.File) && !SettingsClasses.IsDevelopmentScope(s.Scope))
            .OrderByDescending(s => s.File == file)
            .FirstOrDefault();
        return bound is not null && SettingValues.Effective(SettingValues.Resolve(facts, bound.Value)).Literal is { } literal && IsWildcard(literal)
            ? literal
            : null;
    }

    public static bool IsWildcard(FactValue value) => value.Kind switch
    {
        ValueKind.String => value.Text?.Split(',').Any(p => p.Trim() == "*") == true,
        ValueKind.List => value.Items.Any(i => i.Kind == ValueKind.String && i.Text?.Trim() == "*"),
        _ => false,
    };

    /// <summary>A pattern that lets any origin in, tried against a made-up attacker origin.</summary>
    public static bool MatchesAnyOrigin(string pattern)
    {
        try
        {
            return Regex.IsMatch(ProbeOrigin, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool SimpleName(string raw) =>
        raw.Length > 0 && raw.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') && !char.IsDigit(raw[0]);
}
