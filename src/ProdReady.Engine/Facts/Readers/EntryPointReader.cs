using System.Text.RegularExpressions;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads how the app is started outside package.json: <c>Procfile</c> and <c>Procfile.*</c> process
/// lines; <c>*.sh</c>/<c>*.bash</c> lines and <c>Makefile</c>/<c>makefile</c>/<c>GNUmakefile</c>/<c>*.mk</c>
/// recipe lines that run a known server (uvicorn, gunicorn, flask, manage.py, daphne, hypercorn, node, npm run
/// and kin, never a plain <c>python x.py</c>); gunicorn and uWSGI configuration files (<c>gunicorn*.py</c>,
/// <c>uwsgi*.ini</c>), which mean that server runs the app; and Dockerfile <c>CMD</c>/<c>ENTRYPOINT</c> instructions (<c>Dockerfile</c>,
/// <c>Dockerfile.*</c>, <c>*.Dockerfile</c>).</summary>
public sealed partial class EntryPointReader : IFactReader
{
    public bool CanRead(SourceFile file) => Source(file) != EntryPointSource.None;

    public FileFacts Read(SourceFile file)
    {
        var entryPoints = Source(file) switch
        {
            EntryPointSource.Procfile => Procfile(file),
            EntryPointSource.Shell => ServerLines(file, line => 0),
            EntryPointSource.Makefile => ServerLines(file, RecipeStart),
            EntryPointSource.ServerConfig => [ServerConfig(file)],
            EntryPointSource.Dockerfile => DockerfileCommands.Read(file),
            _ => [],
        };
        return new FileFacts { EntryPoints = [.. entryPoints] };
    }

    private static EntryPointSource Source(SourceFile file)
    {
        var name = file.Name;
        var lower = name.ToLowerInvariant();
        return name switch
        {
            _ when name == "Procfile" || name.StartsWith("Procfile.", StringComparison.Ordinal) => EntryPointSource.Procfile,
            _ when file.Extension is ".sh" or ".bash" => EntryPointSource.Shell,
            _ when name is "Makefile" or "makefile" or "GNUmakefile" || file.Extension == ".mk" => EntryPointSource.Makefile,
            _ when lower.StartsWith("gunicorn", StringComparison.Ordinal) && file.Extension == ".py" => EntryPointSource.ServerConfig,
            _ when lower.StartsWith("uwsgi", StringComparison.Ordinal) && file.Extension == ".ini" => EntryPointSource.ServerConfig,
            _ when FileKinds.IsDockerfile(file.Path) => EntryPointSource.Dockerfile,
            _ => EntryPointSource.None,
        };
    }

    private static IEnumerable<EntryPointFact> Procfile(SourceFile file)
    {
        for (var number = 1; number <= file.LineCount; number++)
        {
            var match = ProcessLine().Match(file.Line(number));
            if (!match.Success)
            {
                continue;
            }

            var command = match.Groups["command"];
            var server = CommandClassifier.ClassifyStart(command.Value);
            yield return new EntryPointFact(server.Kind, server.Server, command.Value, new SourceSpan(file.Path, number, command.Index + 1, command.Length));
        }
    }

    private static IEnumerable<EntryPointFact> ServerLines(SourceFile file, Func<string, int?> accept)
    {
        foreach (var line in LogicalLines.Read(file, accept))
        {
            if (CommandClassifier.Classify(line.Text) is { IsPlainScript: false } server)
            {
                yield return new EntryPointFact(server.Kind, server.Server, line.Text, new SourceSpan(file.Path, line.Line, line.Column, line.Length));
            }
        }
    }

    /// <summary>A recipe line starts with a tab; <c>@</c>, <c>-</c> and <c>+</c> only tell make how to run it.</summary>
    private static int? RecipeStart(string line)
    {
        if (!line.StartsWith('\t'))
        {
            return null;
        }

        var i = 1;
        while (i < line.Length && line[i] is ' ' or '\t' or '@' or '-' or '+')
        {
            i++;
        }

        return i;
    }

    private static EntryPointFact ServerConfig(SourceFile file)
    {
        var server = file.Extension == ".py" ? "gunicorn" : "uwsgi";
        var option = server == "gunicorn" ? "--config" : "--ini";
        return new EntryPointFact(EntryPointKind.ProductionServer, server, $"{server} {option} {file.Path}", new SourceSpan(file.Path, 1, 1, 0));
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+:\s*(?<command>\S.*?)\s*$")]
    private static partial Regex ProcessLine();
}
