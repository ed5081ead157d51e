using System.Text.RegularExpressions;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Classifies a start command, wherever it was written (package.json scripts, Procfile, shell scripts,
/// Makefiles, Dockerfile CMD/ENTRYPOINT), as a development server, a production server, or another start command.
/// In a chain (<c>python manage.py migrate &amp;&amp; gunicorn app.wsgi</c>) the first command that names a server
/// decides; a plain script (<c>python main.py</c>) only when nothing else does.</summary>
internal static partial class CommandClassifier
{
    public const string PythonScript = "python";

    private const int MaxNesting = 4;

    /// <summary>Null when the command starts no recognisable server or script.</summary>
    /// <param name="scripts">Looks up a package.json script by name, so <c>npm run dev</c> is judged by what
    /// <c>dev</c> runs.</param>
    public static ServerCommand? Classify(string command, Func<string, string?>? scripts = null) =>
        Classify(command, scripts, 0);

    /// <summary>For a command known to start the app (a Procfile line, a Dockerfile CMD): unrecognised commands are
    /// <see cref="EntryPointKind.Other"/>, named by the program they run.</summary>
    public static ServerCommand ClassifyStart(string command, Func<string, string?>? scripts = null) =>
        ClassifyStart(ShellWords.Split(command), scripts);

    /// <summary>For an exec-form command (<c>CMD ["gunicorn", "app:app"]</c>), already split into words.</summary>
    public static ServerCommand ClassifyStart(IReadOnlyList<string> words) =>
        ClassifyStart([.. words.Select(w => new ShellWord(w, IsOperator: false))], scripts: null);

    private static ServerCommand ClassifyStart(List<ShellWord> words, Func<string, string?>? scripts) =>
        Classify(words, scripts, 0) ?? new ServerCommand(EntryPointKind.Other, ProgramName(words));

    private static string ProgramName(List<ShellWord> words)
    {
        var first = words.TakeWhile(w => !w.IsOperator).Select(w => w.Text).ToList();
        var index = CommandWrappers.ProgramIndex(first);
        return index < first.Count ? CommandWrappers.BaseName(first[index]) : "";
    }

    private static ServerCommand? Classify(string command, Func<string, string?>? scripts, int nesting) =>
        Classify(ShellWords.Split(command), scripts, nesting);

    private static ServerCommand? Classify(List<ShellWord> words, Func<string, string?>? scripts, int nesting)
    {
        if (nesting > MaxNesting)
        {
            return null;
        }

        var results = Segments(words)
            .Select(segment => ClassifySimple(segment, scripts, nesting))
            .OfType<ServerCommand>()
            .ToList();
        return results.FirstOrDefault(r => r.Kind != EntryPointKind.Other)
            ?? results.FirstOrDefault(r => !r.IsPlainScript)
            ?? results.FirstOrDefault();
    }

    private static IEnumerable<List<string>> Segments(List<ShellWord> words)
    {
        var segment = new List<string>();
        foreach (var word in words)
        {
            if (!word.IsOperator)
            {
                segment.Add(word.Text);
                continue;
            }

            yield return segment;
            segment = [];
        }

        yield return segment;
    }

    private static ServerCommand? ClassifySimple(List<string> words, Func<string, string?>? scripts, int nesting)
    {
        var start = CommandWrappers.ProgramIndex(words);
        if (start >= words.Count)
        {
            return null;
        }

        var program = CommandWrappers.BaseName(words[start]);
        var args = words.GetRange(start + 1, words.Count - start - 1);
        if (program is "sh" or "bash" or "ash" or "zsh" && args.Count >= 2 && ShellCommandFlag().IsMatch(args[0]))
        {
            return Classify(args[1], scripts, nesting + 1);
        }

        if (PythonProgram().IsMatch(program))
        {
            return Python(args);
        }

        if (program is "npm" or "pnpm" or "yarn" or "bun")
        {
            return PackageScript(program, args, scripts, nesting);
        }

        return Program(program, args);
    }

    private static ServerCommand? Program(string program, List<string> args)
    {
        var first = args.FirstOrDefault(a => !a.StartsWith('-'));
        return program switch
        {
            "uvicorn" => Uvicorn(args),
            "gunicorn" or "daphne" or "hypercorn" or "granian" or "uwsgi" => Production(program),
            "waitress-serve" => Production("waitress"),
            "flask" when first == "run" => Development("flask"),
            "django-admin" or "manage.py" when first is "runserver" or "runserver_plus" => Development("django"),
            "fastapi" when first == "dev" => Development("fastapi"),
            "fastapi" when first == "run" => Production("fastapi"),
            "node" or "nodejs" when args.Any(a => a.StartsWith("--watch", StringComparison.Ordinal) || a.StartsWith("--inspect", StringComparison.Ordinal)) => Development("node"),
            "node" or "nodejs" when first is not null => Production("node"),
            "nodemon" or "ts-node-dev" or "ts-node" => Development(program),
            "tsx" when first == "watch" => Development("tsx"),
            "vite" when first is null or "dev" or "serve" or "preview" => Development("vite"),
            "next" when first is null or "dev" => Development("next"),
            "next" when first == "start" => Production("next"),
            "nuxt" or "nuxi" when first is null or "dev" => Development("nuxt"),
            "nuxt" or "nuxi" when first == "start" => Production("nuxt"),
            "react-scripts" when first == "start" => Development("react-scripts"),
            "webpack" when first == "serve" => Development("webpack"),
            "webpack-dev-server" => Development("webpack"),
            "ng" when first == "serve" => Development("angular"),
            "pm2" or "pm2-runtime" => Production("pm2"),
            "serve" => Production("serve"),
            "dotnet" when first is not null && first.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) => Production("dotnet"),
            "dotnet" when first == "watch" => Development("dotnet"),
            "dotnet" when first == "run" => new ServerCommand(EntryPointKind.Other, "dotnet"),
            _ => null,
        };
    }

    private static ServerCommand? Python(List<string> args)
    {
        var i = 0;
        while (i < args.Count && args[i].StartsWith('-') && args[i] is not "-m" and not "-c")
        {
            i++;
        }

        if (i >= args.Count)
        {
            return null;
        }

        if (args[i] == "-m" && i + 1 < args.Count)
        {
            var module = args[i + 1];
            var rest = args.GetRange(i + 2, args.Count - i - 2);
            return module switch
            {
                "django" => Program("django-admin", rest),
                "http.server" => Development("http.server"),
                _ => Program(module, rest) ?? new ServerCommand(EntryPointKind.Other, PythonScript),
            };
        }

        if (CommandWrappers.BaseName(args[i]) == "manage.py")
        {
            return Program("manage.py", args.GetRange(i + 1, args.Count - i - 1));
        }

        return args[i] == "-c" || args[i].EndsWith(".py", StringComparison.Ordinal)
            ? new ServerCommand(EntryPointKind.Other, PythonScript)
            : null;
    }

    private static ServerCommand? Uvicorn(List<string> args)
    {
        if (args.Any(a => a == "--reload" || a.StartsWith("--reload-", StringComparison.Ordinal)))
        {
            return Development("uvicorn");
        }

        return args.Any(a => a == "--workers" || a.StartsWith("--workers=", StringComparison.Ordinal))
            ? Production("uvicorn")
            : new ServerCommand(EntryPointKind.Other, "uvicorn");
    }

    private static ServerCommand? PackageScript(string program, List<string> args, Func<string, string?>? scripts, int nesting)
    {
        if (PackageScriptName(args) is not { } script)
        {
            return null;
        }

        if (scripts?.Invoke(script) is { } body)
        {
            return Classify(body, scripts, nesting + 1);
        }

        return PackageScriptNames.Kind(script) is { } kind ? new ServerCommand(kind, program) : null;
    }

    /// <summary>The script <c>npm run dev</c>, <c>yarn dev</c> or <c>bun run --filter web dev</c> names, past the
    /// workspace options that take a value.</summary>
    private static string? PackageScriptName(List<string> args)
    {
        var i = args.Count > 0 && args[0] is "run" or "run-script" ? 1 : 0;
        while (i < args.Count && args[i].StartsWith('-') && args[i] != "--")
        {
            i += WorkspaceOption().IsMatch(args[i]) ? 2 : 1;
        }

        return i < args.Count && args[i] != "--" ? args[i] : null;
    }

    private static ServerCommand Development(string server) => new(EntryPointKind.DevelopmentServer, server);

    private static ServerCommand Production(string server) => new(EntryPointKind.ProductionServer, server);

    [GeneratedRegex(@"^python(?:[0-9.]*)?$|^py$|^pypy3?$")]
    private static partial Regex PythonProgram();

    [GeneratedRegex("^(?:--filter|-F|--workspace|-w|--prefix|-C|--dir|--cwd)$")]
    private static partial Regex WorkspaceOption();

    [GeneratedRegex("^-[a-z]*c$")]
    private static partial Regex ShellCommandFlag();
}
