using System.Reflection;
using ProdReady.Model;

namespace ProdReady.Cli;

public static class ToolIdentity
{
    public static ToolInfo Current { get; } = new(
        "prodready",
        typeof(ToolIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        typeof(ToolIdentity).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ProjectUrl")?.Value);
}
