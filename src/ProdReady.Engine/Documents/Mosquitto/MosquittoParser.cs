using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Documents.Mosquitto;

/// <summary>Reads mosquitto.conf (<c>option value</c> lines, <c>#</c> comments) into global settings and listeners.
/// Hand-written: the format is line-based and no library reads it.</summary>
internal static class MosquittoParser
{
    private static readonly HashSet<string> ListenerOptions = new(StringComparer.Ordinal)
    {
        "cafile", "capath", "certfile", "keyfile", "tls_version", "require_certificate", "use_identity_as_username",
        "psk_hint", "protocol", "bind_address", "bind_interface", "mount_point", "socket_domain", "http_dir", "ciphers",
        "ciphers_tls1.3", "crlfile", "dhparamfile", "max_connections", "use_subject_as_username", "websockets_log_level",
        "allow_anonymous", "password_file", "acl_file", "psk_file", "auth_plugin", "plugin", "plugin_opt",
    };

    public static MosquittoConfig Parse(SourceFile file)
    {
        var global = ImmutableArray.CreateBuilder<MosquittoSetting>();
        var listeners = new List<MosquittoListener>();
        MosquittoListener? current = null;
        MosquittoListener? implicitDefault = null;
        for (var number = 1; number <= file.LineCount; number++)
        {
            var line = file.Line(number);
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var column = line.Length - trimmed.Length + 1;
            var parts = trimmed.TrimEnd().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            var name = parts[0];
            var valueText = parts.Length > 1 ? parts[1].Trim() : "";
            var valueColumn = parts.Length > 1 ? line.IndexOf(valueText, column - 1 + name.Length, StringComparison.Ordinal) + 1 : column;
            var value = new DocumentValue(valueText, new SourceSpan(file.Path, number, valueColumn, valueText.Length));
            var setting = new MosquittoSetting(name, value, new SourceSpan(file.Path, number, column, name.Length));
            if (name == "listener")
            {
                var words = valueText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                current = new MosquittoListener
                {
                    Span = setting.Span,
                    Port = words.Length > 0 ? value with { Text = words[0], Span = value.Span with { Length = words[0].Length } } : null,
                    Bind = words.Length > 1 ? Word(file.Path, number, line, words[1]) : null,
                };
                listeners.Add(current);
                continue;
            }

            if (current is null && (name == "port" || ListenerOptions.Contains(name) && name is not ("allow_anonymous" or "password_file" or "acl_file" or "plugin" or "plugin_opt" or "auth_plugin")))
            {
                implicitDefault ??= new MosquittoListener { Span = setting.Span, IsDefault = true };
                implicitDefault = name switch
                {
                    "port" => implicitDefault with { Port = value, Span = setting.Span },
                    "bind_address" => implicitDefault with { Bind = value },
                    _ => implicitDefault with { Settings = implicitDefault.Settings.Add(setting) },
                };
                continue;
            }

            if (current is not null && ListenerOptions.Contains(name))
            {
                var index = listeners.IndexOf(current);
                current = current with { Settings = current.Settings.Add(setting), Bind = name == "bind_address" ? value : current.Bind };
                listeners[index] = current;
                continue;
            }

            global.Add(setting);
        }

        if (implicitDefault is not null)
        {
            listeners.Insert(0, implicitDefault);
        }

        return new MosquittoConfig(file.Path) { Settings = global.ToImmutable(), Listeners = [.. listeners] };
    }

    private static DocumentValue Word(string path, int number, string line, string word)
    {
        var at = line.LastIndexOf(word, StringComparison.Ordinal);
        return new DocumentValue(word, new SourceSpan(path, number, at + 1, word.Length));
    }
}
