using System.Collections.Frozen;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads application configuration kept in JSON into settings.
/// Accepted: <c>appsettings*.json</c>; any JSON whose name contains <c>config</c>, <c>settings</c> or
/// <c>secrets</c> (<c>config.json</c>, <c>config.production.json</c>, <c>app.config.json</c>,
/// <c>launchSettings.json</c>, <c>local.settings.json</c>, <c>secrets.json</c>); and any JSON directly inside a
/// <c>config/</c> or <c>configs/</c> directory (node-config's <c>config/default.json</c>).
/// Refused: manifests and lockfiles (package.json, composer.json, *lock.json), compiler and tool configuration
/// (tsconfig*, jsconfig*, .eslintrc*, .prettierrc*, .babelrc*, babel.config.json, jest.config.json), JSON schemas,
/// and anything under node_modules, .vscode, .idea or .devcontainer: they hold no deployment settings.</summary>
public sealed class JsonConfigReader : IFactReader
{
    private static readonly FrozenSet<string> RefusedNames = FrozenSet.ToFrozenSet(
        ["package.json", "composer.json", "babel.config.json", "jest.config.json", "global.json"],
        StringComparer.Ordinal);

    private static readonly string[] RefusedPrefixes = ["tsconfig", "jsconfig", ".eslintrc", ".prettierrc", ".babelrc"];

    private static readonly string[] RefusedDirectories = ["node_modules", ".vscode", ".idea", ".devcontainer"];

    public bool CanRead(SourceFile file) => Accepts(file.Path);

    public FileFacts Read(SourceFile file) =>
        new() { Settings = SettingFlattener.Flatten(JsonFactParser.Parse(file), SettingOrigin.Json) };

    internal static bool Accepts(string path)
    {
        if (!FileKinds.IsJson(path) || RefusedDirectories.Any(d => FileKinds.IsUnder(path, d)))
        {
            return false;
        }

        var name = FileKinds.LowerNameOf(path);
        if (RefusedNames.Contains(name)
            || RefusedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
            || name.EndsWith("lock.json", StringComparison.Ordinal)
            || name.EndsWith(".schema.json", StringComparison.Ordinal))
        {
            return false;
        }

        return name.Contains("config", StringComparison.Ordinal)
            || name.Contains("settings", StringComparison.Ordinal)
            || name.Contains("secrets", StringComparison.Ordinal)
            || InConfigDirectory(path);
    }

    private static bool InConfigDirectory(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var directory = FileKinds.LowerNameOf(path[..slash]);
        return directory is "config" or "configs";
    }
}
