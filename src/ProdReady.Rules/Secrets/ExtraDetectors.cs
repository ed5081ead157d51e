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

    public const string BasicAuthId = "basic-auth-credentials";

    public const string GenericId = "generic-secret-assignment";

    public const string GenericXmlId = "generic-secret-xml-element";

    public const string GenericTerraformId = "generic-secret-terraform-default";

    public static IReadOnlyList<string> GenericIds { get; } = [GenericId, GenericXmlId, GenericTerraformId];

    private static readonly string[] SecretWords =
    [
        "password", "passwd", "passphrase", "secret", "token", "api_key", "apikey", "api-key", "access_key", "accesskey",
        "private_key", "privatekey", "auth_key", "credential", "signingkey", "signing_key", "encryptionkey", "encryption_key",
        "jwtkey", "jwt_key", "hmackey", "hmac_key",
    ];

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
            Id = BasicAuthId,
            Provider = "Command line",
            Label = "password",
            Keywords = ["-u ", "--user ", "--user="],
            Pattern = BasicAuthOption(),
            Check = CredentialChecks.BasicAuthPassword,
        },
        new()
        {
            Id = GenericId,
            Provider = "Secret",
            Label = "value",
            Keywords = [.. SecretWords],
            Pattern = GenericAssignment(),
            Check = GenericChecks.Assignment,
            Generic = true,
        },
        new()
        {
            Id = GenericXmlId,
            Provider = "Secret",
            Label = "value",
            Keywords = [.. SecretWords.Select(w => w + ">")],
            Pattern = GenericXmlElement(),
            Check = GenericChecks.Assignment,
            Generic = true,
        },
        new()
        {
            Id = GenericTerraformId,
            Provider = "Secret",
            Label = "variable default",
            Keywords = ["variable \""],
            Pattern = TerraformVariableDefault(),
            Check = GenericChecks.Assignment,
            Generic = true,
            Span = 400,
        },
    ];

    [GeneratedRegex(@"(?<scheme>(?i:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|https?|ftps?|sftp|smtps?|ldaps?|nats|kafka|clickhouse|cockroachdb|jdbc:[a-z0-9]{2,20}))://(?<user>[^\s:@/""'`<>]{0,64}):(?<secret>[^\s@/""'`<>]{1,128})@(?<host>[A-Za-z0-9_.\-\[\]]{1,253})", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?:^|[;""'\s?&])(?<key>(?i:password|pwd))\s{0,3}=\s{0,3}(?<secret>[^;""'\s<>&]{1,128})", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-])(?<key>[A-Za-z0-9_.\-]{0,80}(?i:password|passwd|passphrase|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|auth[_\-]?key|credentials?|signing[_\-]?key|encryption[_\-]?key|jwt[_\-]?key|hmac[_\-]?key)[A-Za-z0-9_\-]{0,30})[""'`]?\s{0,4}(?::=|=>|=(?!=)|:)\s{0,4}(?<q>[""'`]?)(?<secret>[^\s""'`,;(){}\[\]<>]{8,200})\k<q>(?=[\s,;)\]}]|$)", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex GenericAssignment();

    [GeneratedRegex(@"<(?<key>[A-Za-z0-9_.\-]{0,40}(?i:password|passwd|passphrase|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|auth[_\-]?key|credentials?|signing[_\-]?key|encryption[_\-]?key|jwt[_\-]?key|hmac[_\-]?key)[A-Za-z0-9_.\-]{0,20})>(?<secret>[^<>\s]{8,200})</", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex GenericXmlElement();

    [GeneratedRegex(@"variable\s{1,3}""(?<key>[A-Za-z0-9_\-]{0,40}(?i:password|passwd|passphrase|secret|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|auth[_\-]?key|credentials?|signing[_\-]?key|encryption[_\-]?key|jwt[_\-]?key|hmac[_\-]?key)[A-Za-z0-9_\-]{0,30})""\s{0,3}\{[^}]{0,300}?\bdefault\s{0,3}=\s{0,3}""(?<secret>[^""\s]{8,200})""", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex TerraformVariableDefault();

    [GeneratedRegex(@"(?:^|\s)(?:-u|--user)[\s=]{1,3}[""']?(?<key>[A-Za-z0-9_.\-@]{1,64}):(?<secret>[^\s""'@]{6,128})[""']?(?=\s|$)", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex BasicAuthOption();
}
