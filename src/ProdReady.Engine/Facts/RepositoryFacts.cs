using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts;

/// <summary>Everything the readers learned about a repository, each fact with its location. Rules read these,
/// never raw text, wherever a reader exists. Later document kinds (Dockerfile, compose, Kubernetes, Terraform,
/// workflows) slot in as further collections.</summary>
public sealed record RepositoryFacts
{
    public required Repository Repository { get; init; }

    public ImmutableArray<TechnologyEvidence> Technologies { get; init; } = [];

    public ImmutableArray<SettingFact> Settings { get; init; } = [];

    public ImmutableArray<CallFact> Calls { get; init; } = [];

    public ImmutableArray<ImportFact> Imports { get; init; } = [];

    public ImmutableArray<FunctionFact> Functions { get; init; } = [];

    public ImmutableArray<ClassFact> Classes { get; init; } = [];

    public ImmutableArray<EnvReadFact> EnvReads { get; init; } = [];

    public ImmutableArray<RouteFact> Routes { get; init; } = [];

    public ImmutableArray<EntryPointFact> EntryPoints { get; init; } = [];

    public ImmutableArray<DependencyFact> Dependencies { get; init; } = [];

    public ImmutableArray<StringLiteralFact> Strings { get; init; } = [];

    /// <summary>Files a reader could not parse; they are reported as skipped, never as findings.</summary>
    public ImmutableArray<Model.SkippedFile> Unparsed { get; init; } = [];

    public bool Has(Technology technology) => Technologies.Any(t => t.Technology == technology);

    public bool HasAny(IEnumerable<Technology> technologies) => technologies.Any(Has);

    /// <summary>A web framework that serves HTTP is in use.</summary>
    public bool IsWebApp => HasAny([Technology.FastApi, Technology.Django, Technology.Flask, Technology.Express, Technology.AspNetCore]);

    public IEnumerable<CallFact> CallsTo(string name) => Calls.Where(c => c.Is(name));

    public bool HasDependency(string name) => Dependencies.Any(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool Imported(string module) => Imports.Any(i => i.Module == module || i.Module.StartsWith(module + ".", StringComparison.Ordinal));

    public IEnumerable<SettingFact> SettingsNamed(string name) => Settings.Where(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    public FunctionFact? FunctionAt(SourceSpan span) =>
        Functions.Where(f => f.Contains(span)).OrderByDescending(f => f.Span.Line).FirstOrDefault();
}
