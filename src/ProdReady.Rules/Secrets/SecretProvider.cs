using System.Collections.Immutable;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets;

/// <summary>One provider's secret formats and their examples; <see cref="ProviderSecretRule"/> makes it a rule.</summary>
internal sealed record SecretProvider
{
    /// <summary>Stable rule id, SEC1nn.</summary>
    public required string Id { get; init; }

    /// <summary>kebab-case rule name, such as <c>github-token</c>.</summary>
    public required string Name { get; init; }

    public required string Provider { get; init; }

    public required ImmutableArray<SecretDetector> Detectors { get; init; }

    /// <summary>Where the provider documents the format, or revoking and rotating it.</summary>
    public required string Reference { get; init; }

    /// <summary>True examples first (marks on the secret's first character), then false ones, each with its reason.</summary>
    public required ImmutableArray<RuleExample> Examples { get; init; }
}
