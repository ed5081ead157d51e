using ProdReady.Engine.Facts;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

internal static class LocalDatabase
{
    /// <summary>A settings block (Django DATABASES entry, JSON section) whose HOST is localhost, directly or as an
    /// environment fallback: its password belongs to a local development or CI database.</summary>
    public static bool IsLocalBlock(RepositoryFacts facts, string file, string scope) =>
        scope.Length > 0 && facts.SettingsIn(file).Any(s => s.Scope == scope
            && s.Name.ToUpperInvariant() is "HOST" or "SERVER" or "HOSTNAME"
            && SettingValues.Effective(s.Value).Literal?.Text is "localhost" or "127.0.0.1" or "::1");
}
