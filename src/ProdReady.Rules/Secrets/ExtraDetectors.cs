using System.Collections.Immutable;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets;

/// <summary>The detectors that are not a provider's: credentials in URLs and connection strings, then generic
/// secret-named assignments (last, so any specific detector wins on the same text).</summary>
internal static class ExtraDetectors
{
    public static ImmutableArray<SecretDetector> All { get; } = [];
}
