using ProdReady.Model;

namespace ProdReady.Engine.Files;

/// <summary>Exactly one of <see cref="File"/> and <see cref="Skipped"/> is set.</summary>
internal readonly record struct ReadOutcome(SourceFile? File, SkippedFile? Skipped);
