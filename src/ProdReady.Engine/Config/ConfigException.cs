namespace ProdReady.Engine.Config;

/// <summary>The configuration file is missing, unreadable or wrong. The message is one line naming the file and,
/// when known, the 1-based line: <c>.prodready.yml:3: 'max-file-size-kb' must be a positive whole number</c>.</summary>
public sealed class ConfigException(string file, int? line, string problem)
    : Exception(line is null ? $"{file}: {problem}" : $"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int? Line { get; } = line;
}
