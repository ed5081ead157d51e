using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ProdReady.Engine.Secrets;

/// <summary>One secret format. The scanner runs <see cref="Pattern"/> only near a hit of one of its
/// <see cref="Keywords"/> (matched ordinally, ignoring case). The pattern's <c>secret</c> group is the value (the whole
/// match when absent) and its optional <c>key</c> group the name it is assigned to. Patterns use bounded quantifiers
/// only and carry a match timeout (<see cref="MatchTimeoutMilliseconds"/>).</summary>
public sealed record SecretDetector
{
    public const int MatchTimeoutMilliseconds = 250;

    /// <summary>Stable kebab-case id, such as <c>github-classic-token</c>.</summary>
    public required string Id { get; init; }

    public required string Provider { get; init; }

    /// <summary>What the message calls a match: "personal access token", "secret access key".</summary>
    public required string Label { get; init; }

    public required ImmutableArray<string> Keywords { get; init; }

    public required Regex Pattern { get; init; }

    public SecretConfidence Confidence { get; init; } = SecretConfidence.High;

    /// <summary>Offline validation: returns the confidence to report, or null to reject the match (a bad checksum,
    /// a placeholder, a JWT whose header does not decode).</summary>
    public Func<SecretCandidateText, SecretConfidence?>? Check { get; init; }

    /// <summary>Shannon entropy (bits per character) the value must reach; 0 disables the test.</summary>
    public double MinEntropy { get; init; }

    /// <summary>Generic detectors (secret-named assignments) give way to a provider match on the same value.</summary>
    public bool Generic { get; init; }

    /// <summary>Characters after the keyword hit that the pattern may span, for formats over several lines (PEM
    /// blocks, service-account JSON); 0 means the hit's line only.</summary>
    public int Span { get; init; }
}
