using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Observability;

/// <summary>Whether a C# file belongs to a web project: the nearest project file above it uses the Web SDK or
/// references ASP.NET Core. Console tools, seeders and mobile clients in the same repository write to the console by
/// design. A file with no project above it is counted as server code.</summary>
internal sealed class DotNetServerCode
{
    private readonly Dictionary<string, bool> _projects = [];

    public DotNetServerCode(AuditContext context)
    {
        foreach (var file in context.Repository.Files.Where(f => f.Path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
        {
            var directory = Directory(file.Path);
            var web = file.Text.Contains("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase)
                || file.Text.Contains("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase);
            _projects[directory] = _projects.GetValueOrDefault(directory) || web;
        }
    }

    public bool IsServerFile(string path)
    {
        for (var directory = Directory(path); ; directory = Directory(directory))
        {
            if (_projects.TryGetValue(directory, out var web))
            {
                return web;
            }

            if (directory.Length == 0)
            {
                return true;
            }
        }
    }

    private static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
