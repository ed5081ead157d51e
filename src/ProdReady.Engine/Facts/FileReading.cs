using ProdReady.Model;

namespace ProdReady.Engine.Facts;

/// <summary>What the readers learned from one file, and why the file could not be read when a reader failed.</summary>
public sealed record FileReading(IReadOnlyList<FileFacts> Facts, SkippedFile? Unparsed);
