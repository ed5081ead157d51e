using System.Text.RegularExpressions;

namespace ProdReady.Rules.Containers;

/// <summary>The port a start command makes the server listen on: <c>--port 8000</c>, <c>--bind 0.0.0.0:8000</c>,
/// <c>runserver 0.0.0.0:8000</c>, or the server's documented default when no port is given. Null when the command
/// starts no known server or takes the port from a variable without a default.</summary>
internal static partial class ListenPorts
{
    private static readonly Dictionary<string, int> Defaults = new(StringComparer.Ordinal)
    {
        ["uvicorn"] = 8000,
        ["gunicorn"] = 8000,
        ["hypercorn"] = 8000,
        ["daphne"] = 8000,
        ["granian"] = 8000,
        ["fastapi"] = 8000,
        ["flask"] = 5000,
        ["runserver"] = 8000,
        ["waitress-serve"] = 8080,
    };

    public static int? FromCommand(string command)
    {
        var words = command.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\'', ',', '[', ']')).ToList();
        var serverIndex = words.FindIndex(w => Defaults.ContainsKey(Program(w)));
        if (serverIndex < 0)
        {
            return null;
        }

        var server = Program(words[serverIndex]);
        for (var i = serverIndex + 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word is "&&" or ";" or "||")
            {
                break;
            }

            var (flag, inline) = word.Contains('=') && word.StartsWith('-') ? (word[..word.IndexOf('=')], word[(word.IndexOf('=') + 1)..]) : (word, null);
            var value = inline ?? (i + 1 < words.Count ? words[i + 1] : null);
            var isPortFlag = flag is "--port" || (flag == "-p" && server is "flask" or "daphne");
            var isBindFlag = flag is "--bind" or "-b" or "--listen";
            if (isPortFlag || isBindFlag)
            {
                return value is null ? null : Port(value);
            }

            if (server == "runserver" && i == serverIndex + 1 && !word.StartsWith('-'))
            {
                return Port(word);
            }
        }

        return Defaults[server];
    }

    private static string Program(string word)
    {
        var name = word[(word.LastIndexOf('/') + 1)..];
        return name is "manage.py" ? "" : name;
    }

    /// <summary>The port of <c>8000</c>, <c>0.0.0.0:8000</c>, <c>[::]:8000</c>, <c>${PORT:-8000}</c>.</summary>
    private static int? Port(string value)
    {
        var fallback = Fallback().Match(value);
        if (fallback.Success)
        {
            return int.Parse(fallback.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value.Contains('$'))
        {
            return null;
        }

        var tail = value[(value.LastIndexOf(':') + 1)..];
        return int.TryParse(tail, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    [GeneratedRegex(@"\$\{\w+:-(\d+)\}$")]
    private static partial Regex Fallback();
}
