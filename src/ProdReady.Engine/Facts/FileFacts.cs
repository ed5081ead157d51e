using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary>What one reader learned from one file; <see cref="FactsBuilder"/> merges them into <see cref="RepositoryFacts"/>.</summary>
public sealed record FileFacts
{
    public static FileFacts Empty { get; } = new();

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
}
