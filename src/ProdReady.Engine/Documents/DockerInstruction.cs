using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>One Dockerfile instruction with its continuation lines joined. <see cref="Span"/> points at the keyword.
/// <see cref="Flags"/> are the leading <c>--name=value</c> options; <see cref="Arguments"/> is the rest as written;
/// <see cref="ExecWords"/> is set for the JSON (exec) form; <see cref="Heredocs"/> are the bodies of
/// <c>&lt;&lt;EOF</c> documents that follow the instruction.</summary>
public sealed record DockerInstruction
{
    public required string Keyword { get; init; }

    public required string Arguments { get; init; }

    public required SourceSpan Span { get; init; }

    public int EndLine { get; init; }

    public ImmutableDictionary<string, string> Flags { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableArray<string>? ExecWords { get; init; }

    public ImmutableArray<string> Heredocs { get; init; } = [];

    public bool IsExecForm => ExecWords is not null;

    /// <summary>The command as one line: the exec words joined, or the shell form as written.</summary>
    public string Command => ExecWords is { } words ? string.Join(' ', words) : Arguments;

    public string? Flag(string name) => Flags.GetValueOrDefault(name);
}
