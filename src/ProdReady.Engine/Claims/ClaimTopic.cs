using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ProdReady.Engine.Claims;

/// <summary>A subject a claim can be about. A finding of a <see cref="Contradicting"/> rule contradicts the claim;
/// a passed <see cref="Supporting"/> rule or an answer from a <see cref="Probes"/> entry supports it. A topic
/// with neither rules nor probes is not checkable (organisational claims).</summary>
public sealed record ClaimTopic
{
    public required string Id { get; init; }

    /// <summary>Case-insensitive regular expression fragments, each matched where no letter or digit precedes it.</summary>
    public required ImmutableArray<string> Keywords { get; init; }

    public ImmutableArray<string> Contradicting { get; init; } = [];

    public ImmutableArray<string> Supporting { get; init; } = [];

    public ImmutableArray<EvidenceProbe> Probes { get; init; } = [];

    public bool Checkable => !Contradicting.IsEmpty || !Supporting.IsEmpty || !Probes.IsEmpty;

    public Regex Pattern => field ??= new Regex(@"(?i)(?<!\w)(?:" + string.Join('|', Keywords) + ")", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
