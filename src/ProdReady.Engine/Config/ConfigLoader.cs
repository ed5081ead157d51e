using ProdReady.Engine.Files;

namespace ProdReady.Engine.Config;

public static class ConfigLoader
{
    public const string FileName = ".prodready.yml";

    private const long MaxConfigBytes = 1024 * 1024;

    /// <summary>Loads <paramref name="explicitPath"/>, which must exist, or else <c>.prodready.yml</c> at the root
    /// when there is one, or else the defaults.</summary>
    /// <exception cref="ConfigException">The file is missing (explicit path only), unreadable or invalid.</exception>
    public static AuditConfig Load(string root, string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath)
                ? ConfigParser.Parse(explicitPath, ReadText(explicitPath, explicitPath))
                : throw new ConfigException(explicitPath, null, "configuration file not found");
        }

        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return AuditConfig.Default;
        }

        // The file belongs to the audited repository: a symlink must not make ProdReady read outside it.
        var realRoot = PathResolver.RealPath(root);
        var realPath = PathResolver.RealPath(path);
        if (realRoot is null || realPath is null || !PathResolver.IsInside(realRoot, realPath))
        {
            throw new ConfigException(FileName, null, "symlink outside the repository, not read");
        }

        return ConfigParser.Parse(FileName, ReadText(path, FileName));
    }

    private static string ReadText(string path, string displayName)
    {
        try
        {
            if (new FileInfo(path).Length > MaxConfigBytes)
            {
                throw new ConfigException(displayName, null, $"larger than {MaxConfigBytes / 1024} KiB, not a configuration file");
            }

            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = e.Message.Split('\n')[0].Trim();
            throw new ConfigException(displayName, null, $"cannot be read: {message}");
        }
    }
}
