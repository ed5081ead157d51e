using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Finds the program a simple command really runs, past variable assignments and the wrappers that only
/// launch it: <c>exec</c>, <c>env</c>, <c>tini --</c>, <c>poetry run</c>, <c>npx</c>, <c>ddtrace-run</c> and kin.</summary>
internal static partial class CommandWrappers
{
    private static readonly FrozenSet<string> Plain = FrozenSet.ToFrozenSet(
        ["exec", "nohup", "time", "nice", "command", "builtin", "npx", "bunx", "ddtrace-run", "opentelemetry-instrument", "cross-env", "sudo"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> WithOptions = FrozenSet.ToFrozenSet(["env", "tini", "dumb-init", "dotenv"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Runners = FrozenSet.ToFrozenSet(["poetry", "pipenv", "uv", "pdm", "hatch", "rye"], StringComparer.Ordinal);

    /// <summary>The index of the program word in <paramref name="words"/>, or the count when there is none.</summary>
    public static int ProgramIndex(IReadOnlyList<string> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            var word = words[i];
            var name = BaseName(word);
            if (Assignment().IsMatch(word) || word == "--" || Plain.Contains(name))
            {
                i++;
            }
            else if (WithOptions.Contains(name))
            {
                i++;
                while (i < words.Count && words[i].StartsWith('-') && words[i] != "--")
                {
                    i++;
                }
            }
            else if (i + 1 < words.Count && Runners.Contains(name) && words[i + 1] == "run")
            {
                i += 2;
            }
            else if (i + 1 < words.Count && name == "newrelic-admin" && words[i + 1] == "run-program")
            {
                i += 2;
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>The file name of a program path: <c>/usr/local/bin/gunicorn</c> is <c>gunicorn</c>.</summary>
    public static string BaseName(string word) => word[(word.LastIndexOf('/') + 1)..];

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex Assignment();
}
