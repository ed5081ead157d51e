using System.Text.RegularExpressions;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>The two ways TOML manifests declare Python dependencies: an array of PEP 508 strings
/// (<c>dependencies = ["fastapi>=0.110"]</c>) or one key per package (<c>fastapi = "^0.110"</c>,
/// <c>uvicorn = { version = "*", extras = ["standard"] }</c>).</summary>
internal static partial class TomlDependencies
{
    public static IEnumerable<DependencyFact> FromArray(SourceFile file, TomlEntry entry, bool development)
    {
        foreach (var item in entry.Strings.Where(s => !s.Nested))
        {
            if (PythonRequirement.Parse(item.Value) is not { } requirement)
            {
                continue;
            }

            var (line, column) = file.Position(item.Offset + requirement.NameOffset);
            var span = new SourceSpan(file.Path, line, column, requirement.NameLength);
            yield return new DependencyFact("pypi", requirement.Name, requirement.Version, span, development);
        }
    }

    public static DependencyFact FromKey(SourceFile file, TomlEntry entry, bool development)
    {
        var version = entry.Raw.StartsWith('{')
            ? InlineVersion().Match(entry.Raw) is { Success: true } match ? match.Groups["version"].Value : null
            : entry.Strings.FirstOrDefault()?.Value;
        var (line, column) = file.Position(entry.KeyOffset);
        var span = new SourceSpan(file.Path, line, column, entry.KeyLength);
        return new DependencyFact("pypi", PythonRequirement.Normalise(entry.Key), version, span, development);
    }

    [GeneratedRegex(@"\bversion\s*=\s*[""'](?<version>[^""']*)[""']")]
    private static partial Regex InlineVersion();
}
