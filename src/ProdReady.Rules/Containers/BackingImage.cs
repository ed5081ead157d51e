using System.Collections.Immutable;

namespace ProdReady.Rules.Containers;

/// <summary>A database, cache or broker image; <see cref="DataDirectory"/> is null for one that keeps no data
/// by default, "" for one whose data directory is set by its command (MinIO).</summary>
internal sealed record BackingImage(string Kind, string? DataDirectory, ImmutableArray<int> Ports);
