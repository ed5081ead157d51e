using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A build stage: from its <c>FROM</c> to the next. <see cref="Image"/> is null when the stage starts from
/// an earlier stage (<see cref="BaseStage"/>), from <c>scratch</c>, or from an image that could not be resolved.
/// <see cref="User"/>, <see cref="Cmd"/>, <see cref="Entrypoint"/> and <see cref="Healthcheck"/> are the effective
/// ones, inherited from the base stage when this stage does not set them.</summary>
public sealed record DockerStage
{
    public required int Index { get; init; }

    public string? Name { get; init; }

    public required DockerInstruction From { get; init; }

    /// <summary>The base as written after variable resolution (<c>python:3.12-slim</c>, <c>builder</c>, <c>scratch</c>).</summary>
    public required DocumentValue Base { get; init; }

    public ImageReference? Image { get; init; }

    public string? BaseStage { get; init; }

    public bool IsScratch => Base.Is("scratch");

    public ImmutableArray<DockerInstruction> Instructions { get; init; } = [];

    public DocumentValue? User { get; init; }

    public ImmutableArray<DocumentValue> Exposed { get; init; } = [];

    public DockerInstruction? Healthcheck { get; init; }

    public DockerInstruction? Cmd { get; init; }

    public DockerInstruction? Entrypoint { get; init; }

    public ImmutableDictionary<string, DocumentValue> Env { get; init; } = ImmutableDictionary<string, DocumentValue>.Empty;

    public ImmutableDictionary<string, DocumentValue> Args { get; init; } = ImmutableDictionary<string, DocumentValue>.Empty;

    public SourceSpan Span => From.Span;

    public IEnumerable<DockerInstruction> All(string keyword) =>
        Instructions.Where(i => string.Equals(i.Keyword, keyword, StringComparison.Ordinal));

    /// <summary>What the container runs: ENTRYPOINT and CMD together.</summary>
    public string StartCommand => string.Join(' ', new[] { Entrypoint?.Command, Cmd?.Command }.OfType<string>());
}
