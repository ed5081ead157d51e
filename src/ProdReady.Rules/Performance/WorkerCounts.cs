using System.Globalization;

namespace ProdReady.Rules.Performance;

/// <summary>The number of worker processes a start command asks for: gunicorn and hypercorn <c>-w</c>/<c>--workers</c>,
/// uvicorn and <c>fastapi run</c> <c>--workers</c>, celery worker <c>-c</c>/<c>--concurrency</c> (prefork pool only: gevent, eventlet and
/// thread pools run greenlets or threads, not processes). Only literal numbers count.</summary>
internal static class WorkerCounts
{
    /// <summary>The count of a command that sets it from a variable, or runs a pool of threads or greenlets.</summary>
    public const int Unknown = -1;

    public sealed record Count(string Server, int Workers, string? ConfigPath);

    /// <summary>The server the command starts and its literal worker count; <see cref="Count.Workers"/> is 0 when the
    /// command starts a known server without setting one (it may come from a config file or WEB_CONCURRENCY) and
    /// <see cref="Unknown"/> when it is not a literal. Null when no known server is started.</summary>
    public static Count? FromCommand(string command)
    {
        var words = Words(command);
        var serverIndex = words.FindIndex(w => Program(w) is "gunicorn" or "uvicorn" or "hypercorn" or "celery" or "fastapi");
        if (serverIndex < 0)
        {
            return null;
        }

        var server = Program(words[serverIndex]);
        if (server == "celery" && !words.Skip(serverIndex + 1).TakeWhile(w => !IsSeparator(w)).Contains("worker"))
        {
            return null;
        }

        string? config = null;
        var workers = 0;
        for (var i = serverIndex + 1; i < words.Count && !IsSeparator(words[i]); i++)
        {
            var (flag, inline) = Split(words[i]);
            var value = inline ?? (i + 1 < words.Count ? words[i + 1] : null);
            if (server == "celery" && flag is "-P" or "--pool" && value is not null && value != "prefork")
            {
                return new Count(server, Unknown, null);
            }

            if (server is "gunicorn" or "hypercorn" && flag is "-c" or "--config")
            {
                config = value;
            }

            var isWorkers = server switch
            {
                "celery" => flag is "-c" or "--concurrency",
                "uvicorn" or "fastapi" => flag is "--workers",
                _ => flag is "-w" or "--workers",
            };
            if (isWorkers)
            {
                workers = value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Unknown;
            }
        }

        return new Count(server, workers, config);
    }

    /// <summary>The literal worker count in <c>GUNICORN_CMD_ARGS</c>-style arguments (<c>--workers 4</c>).</summary>
    public static int? FromArguments(string arguments) => FromCommand("gunicorn " + arguments) is { Workers: > 0 } count ? count.Workers : null;

    /// <summary>A CPU quantity: Kubernetes <c>500m</c>, <c>2</c>, <c>1.5</c>; compose <c>"0.5"</c>.</summary>
    public static double? Cpus(string text)
    {
        var value = text.Trim().Trim('"', '\'');
        if (value.EndsWith('m') && double.TryParse(value[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var milli))
        {
            return milli / 1000;
        }

        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cpus) && cpus > 0 ? cpus : null;
    }

    private static List<string> Words(string command) =>
        command.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\'', ',', '[', ']')).Where(w => w.Length > 0).ToList();

    private static (string Flag, string? Inline) Split(string word)
    {
        if (word.StartsWith("--", StringComparison.Ordinal) && word.Contains('='))
        {
            return (word[..word.IndexOf('=')], word[(word.IndexOf('=') + 1)..]);
        }

        // Short options take their value attached too: -w4, -c8.
        if (word.Length > 2 && word[0] == '-' && word[1] != '-' && char.IsDigit(word[2]))
        {
            return (word[..2], word[2..]);
        }

        return (word, null);
    }

    private static bool IsSeparator(string word) => word is "&&" or ";" or "||" or "|";

    private static string Program(string word) => word[(word.LastIndexOf('/') + 1)..];
}
