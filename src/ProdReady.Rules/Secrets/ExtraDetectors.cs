using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets;

/// <summary>The detectors that are not a provider's: credentials in URLs and connection strings, then generic
/// secret-named assignments (last, so any specific detector wins on the same text).</summary>
internal static partial class ExtraDetectors
{
    public const string UrlId = "url-credentials";

    public const string ConnectionStringId = "connection-string-password";

    public const string GenericId = "generic-secret-assignment";

    public static ImmutableArray<SecretDetector> All { get; } =
    [
        new()
        {
            Id = UrlId,
            Provider = "URL",
            Label = "password",
            Keywords = ["://", "jdbc:"],
            Pattern = UrlCredentials(),
            Check = CredentialChecks.UrlPassword,
        },
        new()
        {
            Id = ConnectionStringId,
            Provider = "Connection string",
            Label = "password",
            Keywords = ["password=", "pwd=", "password =", "pwd ="],
            Pattern = ConnectionStringPassword(),
            Check = CredentialChecks.ConnectionStringPassword,
        },
        new()
        {
            Id = GenericId,
            Provider = "Secret",
            Label = "value",
            Keywords = ["password", "passwd", "passphrase", "secret", "token", "api_key", "apikey", "api-key", "access_key", "accesskey", "private_key", "privatekey", "auth_key", "credential"],
            Pattern = GenericAssignment(),
            Check = GenericChecks.Assignment,
            Generic = true,
        },
    ];

    [GeneratedRegex(@"(?<scheme>(?i:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|https?|ftps?|sftp|smtps?|ldaps?|nats|kafka|clickhouse|cockroachdb|jdbc:[a-z0-9]{2,20}))://(?<user>[^\s:@/""'`<>]{0,64}):(?<secret>[^\s@/""'`<>]{1,128})@(?<host>[A-Za-z0-9_.\-\[\]]{1,253})", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?:^|[;""'\s?&])(?<key>(?i:password|pwd))\s{0,3}=\s{0,3}(?<secret>[^;""'\s<>&]{1,128})", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-])(?<key>[A-Za-z0-9_.\-]{0,40}(?i:password|passwd|passphrase|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|auth[_\-]?key|credentials?)[A-Za-z0-9_\-]{0,30})[""'`]?\s{0,4}(?::=|=>|=(?!=)|:)\s{0,4}(?<q>[""'`]?)(?<secret>[^\s""'`,;(){}\[\]<>]{8,200})\k<q>(?=[\s,;)\]}]|$)", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex GenericAssignment();
}
