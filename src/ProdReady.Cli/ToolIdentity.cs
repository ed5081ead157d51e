using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ProdReady.Model;

namespace ProdReady.Cli;

public static class ToolIdentity
{
    public static ToolInfo Current { get; } = new(
        "prodready",
        typeof(ToolIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        typeof(ToolIdentity).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ProjectUrl")?.Value);

    /// <summary>Names the rule catalogue: how many rules, and a hash of their IDs, names, severities, areas and
    /// efforts, so two builds with the same rules print the same value and any rule change prints another.</summary>
    public static string RulesVersion { get; } = ComputeRulesVersion();

    /// <summary>What <c>prodready --version</c> prints.</summary>
    public static string VersionLine => $"{Current.Version} (rules {RulesVersion})";

    private static string ComputeRulesVersion()
    {
        var descriptors = Rules.Catalogue.Known.Select(r => r.Descriptor).OrderBy(d => d.Id.Value, StringComparer.Ordinal).ToList();
        var text = string.Join('\n', descriptors.Select(d => FormattableString.Invariant($"{d.Id} {d.Name} {d.Severity.Id()} {d.Area.Id()} {d.EffortHours} {d.Title}")));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        return $"{descriptors.Count}-{hash}";
    }
}
