using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets;

/// <summary>Judges passwords found in URLs and connection strings. Placeholders (<c>password</c>, <c>pass</c>,
/// <c>${DB_PASSWORD}</c>, <c>&lt;password&gt;</c>, <c>***</c>) are not reported; a weak literal is reported with low
/// confidence unless the host is the local machine (a development default); a strong one with high confidence.</summary>
internal static class CredentialChecks
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "pass", "passwd", "pwd", "pw", "secret", "changeme", "change-me", "mypassword", "yourpassword", "user",
        "username", "token", "apikey", "api_key", "key", "x", "foo", "bar", "test",
    };

    private static readonly HashSet<string> LocalHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "127.0.0.1", "0.0.0.0", "[::1]", "host.docker.internal",
    };

    private static readonly string[] ExampleHosts = ["example.com", "example.org", "example.net", "host", "hostname", "server", "your-host", "yourhost"];

    public static SecretConfidence? UrlPassword(SecretCandidateText c)
    {
        var at = c.Line.IndexOf(":" + c.Value + "@", StringComparison.Ordinal);
        var host = at < 0 ? string.Empty : HostAfter(c.Line, at + c.Value.Length + 2);
        // A documentation host makes a weak password an illustration, but a random one was pasted from somewhere real.
        // A single-label host (db, postgres, redis) is a service on a compose or CI network: a local default too.
        var illustrative = LocalHosts.Contains(host) || (host.Length > 0 && !host.Contains('.', StringComparison.Ordinal))
            || ExampleHosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
        return Judge(c.Value, illustrative);
    }

    /// <summary><c>curl -u user:password</c> and <c>--user user:password</c> on a command line.</summary>
    public static SecretConfidence? BasicAuthPassword(SecretCandidateText c) =>
        !c.Value.StartsWith('$') && Judge(c.Value, local: false) == SecretConfidence.High ? SecretConfidence.High : null;

    public static SecretConfidence? ConnectionStringPassword(SecretCandidateText c)
    {
        var line = c.Line.ToLowerInvariant();
        var connection = line.Contains("server=", StringComparison.Ordinal) || line.Contains("data source=", StringComparison.Ordinal)
            || line.Contains("host=", StringComparison.Ordinal) || line.Contains("user id=", StringComparison.Ordinal)
            || line.Contains("uid=", StringComparison.Ordinal) || line.Contains("jdbc:", StringComparison.Ordinal)
            || line.Contains("username=", StringComparison.Ordinal) || line.Contains("user=", StringComparison.Ordinal);

        // Keyword arguments (password=password, username=None) are code; a connection string separates its parts.
        if (!connection || !(line.Contains(';', StringComparison.Ordinal) || line.Contains('&', StringComparison.Ordinal)))
        {
            return null;
        }

        var local = line.Contains("localhost", StringComparison.Ordinal) || line.Contains("127.0.0.1", StringComparison.Ordinal)
            || line.Contains("(localdb)", StringComparison.Ordinal) || line.Contains("server=.;", StringComparison.Ordinal);
        return Judge(c.Value, local);
    }

    private static SecretConfidence? Judge(string value, bool local)
    {
        if (Placeholders.Contains(value) || value.Length < 3 || value[0] is '$' or '{' or '%' or '<' or '@' or '*' or '('
            || value.Contains("${", StringComparison.Ordinal) || value.Contains("{{", StringComparison.Ordinal)
            || value.All(ch => ch == value[0]) || TokenChecks.IsPlaceholder(value))
        {
            return null;
        }

        return SecretValues.Judge(value) switch
        {
            SecretStrength.Strong => SecretConfidence.High,
            SecretStrength.Weak when !local => SecretConfidence.Low,
            _ => null,
        };
    }

    private static string HostAfter(string line, int start)
    {
        var end = start;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] is '.' or '-' or '_' or '[' or ']' or ':'))
        {
            end++;
        }

        var host = line[start..end];
        var colon = host.LastIndexOf(':');
        return colon > 0 && !host.EndsWith(']') ? host[..colon] : host;
    }
}
