using System.Text.RegularExpressions;
using ProdReady.Engine.Documents;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Rules.Containers;

namespace ProdReady.Rules.Configuration;

/// <summary>The code a compose service is built from (its build context and the repository directories bind-mounted
/// into it), searched as text for the names of environment variables. A name counts as read when it appears anywhere in
/// that code, its scripts or its configuration as a whole word, so a read through any library or template counts.
/// <see cref="Unjudgeable"/> says why reads cannot be known: variables read by a computed name, an image that is
/// not a language runtime (its own software reads the environment), no code in the context.</summary>
internal sealed partial class ServiceCode
{
    private static readonly HashSet<string> Runtimes = new(StringComparer.Ordinal)
    {
        "python", "pypy", "node", "bun", "deno", "openjdk", "eclipse-temurin", "amazoncorretto", "golang", "ruby", "php",
        "alpine", "debian", "ubuntu", "busybox", "centos", "fedora", "rockylinux", "almalinux", "amazonlinux", "aspnet",
        "runtime", "runtime-deps", "sdk", "static", "base", "python3", "nodejs", "miniconda3", "anaconda3", "pytorch",
        "tensorflow", "cuda", "uvicorn-gunicorn-fastapi", "uvicorn-gunicorn", "meinheld-gunicorn", "uv", "micromamba",
    };

    private static readonly HashSet<string> SearchedExtensions = new(StringComparer.Ordinal)
    {
        ".py", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx", ".cs", ".go", ".java", ".kt", ".rb", ".php",
        ".rs", ".sh", ".bash", ".ps1", ".json", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".conf", ".properties", ".xml",
        ".config", ".tmpl", ".template", ".j2", ".jinja", ".tpl", ".env", "",
    };

    private readonly List<SourceFile> _files = [];
    private readonly string _commandText;
    private readonly IReadOnlyCollection<string> _codeReads;
    private readonly string[] _roots;
    private bool _prefixed;

    private ServiceCode(string[] roots, string commandText, IReadOnlyCollection<string> codeReads)
    {
        _roots = roots;
        _commandText = commandText;
        _codeReads = codeReads;
    }

    public string? Unjudgeable { get; private set; }

    public static ServiceCode Read(RepositoryFacts facts, ComposeService service)
    {
        var directory = ContainerFiles.Directory(service.File);
        var context = service.BuildContext is { } build ? build.Known : ".";
        var mounts = service.Volumes.Where(v => v.Source is { } s && s.StartsWith('.')).Select(v => ContainerFiles.Join(directory, v.Source!));
        var roots = new[] { context is null ? null : ContainerFiles.Join(directory, context) }.Concat(mounts).OfType<string>().Distinct().ToArray();
        var command = string.Join('\n', new[] { service.Command?.Text, service.Entrypoint?.Text, service.Healthcheck?.Test?.Text }.OfType<string>());
        var code = new ServiceCode(roots, command, EnvVariables.Read(facts).Keys.ToList());
        if (context is null)
        {
            code.Unjudgeable = $"its build context {service.BuildContext?.Text} is not resolved";
            return code;
        }

        if (ContainerFiles.BuiltDockerfile(facts, service) is not { } dockerfile)
        {
            code.Unjudgeable = "the Dockerfile it builds is not in the repository";
            return code;
        }

        var root = ContainerFiles.ShippedStages(dockerfile).Last();
        if (root.Image is not { } image || !Runtimes.Contains(image.Name[(image.Name.LastIndexOf('/') + 1)..]))
        {
            code.Unjudgeable = $"it is built FROM {root.Base.Text}, whose own software may read its environment";
            return code;
        }

        code.Collect(facts);
        return code;
    }

    public bool Reads(string name)
    {
        if (Word(_commandText, name) || _files.Any(f => Word(f.Text, name)))
        {
            return true;
        }

        // Settings read under a prefix (pydantic's env_prefix, dynaconf's envvar_prefix) or by section (.NET's
        // Jwt__Key binds Jwt:Key): a shorter tail of the name or its first section is what the code names.
        var words = name.Split("__")[0] is var section && section.Length < name.Length ? [section] : Tails(name);
        return (_prefixed || name.Contains("__", StringComparison.Ordinal)) && words.Any(w => _files.Any(f => Word(f.Text, w)));
    }

    /// <summary>A variable the code reads whose name shares the secret's last two words (JWT_SECRET_KEY for JWT_SECRET).</summary>
    public string? SimilarRead(string name)
    {
        var tail = string.Join('_', name.Split('_').TakeLast(2));
        return _codeReads.Where(r => !r.Equals(name, StringComparison.OrdinalIgnoreCase)
            && (r.EndsWith(tail, StringComparison.OrdinalIgnoreCase) || name.EndsWith(r, StringComparison.OrdinalIgnoreCase)
                || r.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal).FirstOrDefault();
    }

    public string Describe() => string.Join(", ", _roots.Select(r => r.Length == 0 ? "./" : r + "/"));

    private void Collect(RepositoryFacts facts)
    {
        foreach (var file in facts.Repository.Files.Where(f => _roots.Any(r => Under(f.Path, r)) && Searched(f)))
        {
            var text = file.Text;
            if (DynamicRead().Match(text) is { Success: true } dynamic)
            {
                var (line, _) = file.Position(dynamic.Index);
                Unjudgeable ??= $"{file.Path}:{line} reads variables by a computed name ({dynamic.Value.Trim()})";
            }

            _prefixed |= Prefixed().IsMatch(text);
            _files.Add(file);
        }

        if (!_files.Any(f => FileRoles.IsCode(f.Path) || f.Extension is ".go" or ".java" or ".rb" or ".php" or ".sh"))
        {
            Unjudgeable ??= $"no code found in {Describe()}";
        }
    }

    private static bool Searched(SourceFile file) =>
        !FileRoles.IsEnvFile(file.Path) && !FileRoles.IsEnvExample(file.Path) && !FileRoles.IsCompose(file.Path)
        && !FileRoles.IsTest(file.Path) && SearchedExtensions.Contains(file.Extension);

    private static bool Under(string path, string root) =>
        root.Length == 0 || path.StartsWith(root + "/", StringComparison.Ordinal);

    private static IEnumerable<string> Tails(string name)
    {
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 1; skip <= parts.Length - 2; skip++)
        {
            yield return string.Join('_', parts.Skip(skip));
        }
    }

    private static bool Word(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !IsNameChar(text[at - 1])) && (end == text.Length || !IsNameChar(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"os\.environ\.(items|copy|keys|values)\(|dict\(os\.environ\)|\*\*os\.environ|os\.(environ\[|getenv\(|environ\.get\()\s*(?![""'\s)])|from_prefixed_env\(|process\.env\[\s*(?![""'`\s])|(Object\.(entries|keys|values|assign)\([^)]*|\.\.\.)process\.env\b|GetEnvironmentVariables\(\)|Environment\.GetEnvironmentVariable\(\s*(?![""\s)])")]
    private static partial Regex DynamicRead();

    [GeneratedRegex(@"env_prefix|envvar_prefix|env\.prefixed\(|AddEnvironmentVariables\(\s*(prefix:\s*)?""")]
    private static partial Regex Prefixed();
}
