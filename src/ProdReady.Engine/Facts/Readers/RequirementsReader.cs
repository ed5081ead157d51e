using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads pip requirements files: <c>requirements*.txt</c>, <c>*-requirements.txt</c>,
/// <c>*_requirements.txt</c> and any <c>.txt</c> inside a <c>requirements/</c> directory. Options
/// (<c>-r</c>, <c>-c</c>, <c>-e</c>, <c>--hash</c>, index URLs) are ignored; a file named for development
/// (<c>requirements-dev.txt</c>, <c>requirements/test.txt</c>) declares development dependencies.</summary>
public sealed class RequirementsReader : IFactReader
{
    public bool CanRead(SourceFile file)
    {
        var name = file.Name.ToLowerInvariant();
        if (file.Extension != ".txt")
        {
            return false;
        }

        return name.StartsWith("requirements", StringComparison.Ordinal)
            || name.EndsWith("-requirements.txt", StringComparison.Ordinal)
            || name.EndsWith("_requirements.txt", StringComparison.Ordinal)
            || file.Path.StartsWith("requirements/", StringComparison.Ordinal)
            || file.Path.Contains("/requirements/", StringComparison.Ordinal);
    }

    public FileFacts Read(SourceFile file)
    {
        var development = DevelopmentGroups.IsDevelopment(Path.GetFileNameWithoutExtension(file.Name));
        var dependencies = ImmutableArray.CreateBuilder<DependencyFact>();
        for (var number = 1; number <= file.LineCount; number++)
        {
            var line = file.Line(number);
            var comment = line.StartsWith('#') ? 0 : line.IndexOf(" #", StringComparison.Ordinal);
            var content = comment < 0 ? line : line[..comment];
            if (content.TrimStart().StartsWith('-') || PythonRequirement.Parse(content) is not { } requirement)
            {
                continue;
            }

            var span = new SourceSpan(file.Path, number, requirement.NameOffset + 1, requirement.NameLength);
            dependencies.Add(new DependencyFact("pypi", requirement.Name, requirement.Version, span, development));
        }

        return new FileFacts { Dependencies = dependencies.ToImmutable() };
    }
}
