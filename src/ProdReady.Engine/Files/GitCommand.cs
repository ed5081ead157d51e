using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ProdReady.Engine.Files;

/// <summary>Runs read-only git commands in the audited repository so that nothing in that repository's
/// configuration can make git run code: no fsmonitor, no hooks, no system config, no pager, no prompts.</summary>
internal static class GitCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly string[] SafetyArguments =
    [
        "--no-pager",
        "-c", "core.fsmonitor=false",
        "-c", "core.hooksPath=/dev/null",
        "-c", "safe.directory=*",
    ];

    // Inherited variables (set when ProdReady runs inside a git hook, say) would point git at another repository.
    private static readonly string[] InheritedVariablesToClear =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_EXTERNAL_DIFF", "GIT_PAGER",
    ];

    /// <summary>Standard output of a successful run, or null when git is missing, fails or times out.</summary>
    public static string? Run(string workingDirectory, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments);

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            process.WaitForExit();
            Task.WaitAll(output, errors);
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException or AggregateException)
        {
            return null;
        }
    }

    /// <summary>Standard output line by line as git writes it, for output too large to hold (a repository's whole
    /// history); no time limit, since its length is the repository's. Yields nothing when git cannot start.</summary>
    public static IEnumerable<string> Lines(string workingDirectory, params string[] arguments)
    {
        Process? process;
        try
        {
            process = Process.Start(StartInfo(workingDirectory, arguments));
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            yield break;
        }

        if (process is null)
        {
            yield break;
        }

        using (process)
        {
            process.StandardInput.Close();
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            try
            {
                while (process.StandardOutput.ReadLine() is { } line)
                {
                    yield return line;
                }
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.WaitForExit();
            }
        }
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in SafetyArguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToClear)
        {
            start.Environment.Remove(name);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        return start;
    }
}
