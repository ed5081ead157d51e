using System.ComponentModel;
using System.Diagnostics;

namespace ProdReady.Tests.Walking;

/// <summary>Runs git for test set-up, isolated from the machine's git configuration.</summary>
internal static class TestGit
{
    public static bool IsAvailable { get; } = TryRun(Path.GetTempPath(), "--version") is not null;

    public static string Run(string directory, params string[] arguments) =>
        TryRun(directory, arguments) ?? throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed");

    public static void InitWithCommit(string directory, params string[] forceAdd)
    {
        Run(directory, "init", "-q");
        Run(directory, "add", "-A");
        foreach (var path in forceAdd)
        {
            Run(directory, "add", "-f", "--", path);
        }

        Run(directory, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "initial");
    }

    private static string? TryRun(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("init.defaultBranch=main");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
