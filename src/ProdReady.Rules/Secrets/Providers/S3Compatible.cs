using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class S3Compatible
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC128",
        Name = "s3-compatible-key",
        Provider = "S3-compatible storage",
        Reference = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
        Detectors =
        [
            new()
            {
                Id = "s3-compatible-secret-key",
                Provider = "S3-compatible storage",
                Label = "secret key",
                Keywords = ["tsec_", "tid_", "minio", "wasabi", "r2_", "s3_", "s3-", "spaces_", "b2_", "storage_secret", "object_storage"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "S3 keys pasted into a deployment guide (seed 000)",
                ("docs/DEPLOYMENT.md", """
                    S3_ACCESS_KEY=minioadmin-prod
                    S3_SECRET_KEY=[|A6aeQgAos9G6uCGCaVqO8MfXZZOUt/Ll2iSSZg16|]
                    """)),
            RuleExample.Bad(
                "a Tigris secret key in YAML",
                ("config/storage.yml", """
                    secret: [|tsec_YMXVq1mMby_rbeDRoZ6ltOERz5hXvlO8cJ8kgXSx|]
                    """)),
            RuleExample.Good(
                "a secret read from the environment",
                ("storage.py", """
                    S3_SECRET_KEY = os.environ["S3_SECRET_KEY"]
                    """)),
            RuleExample.Good(
                "a placeholder secret",
                ("docker-compose.yml", """
                    environment:
                      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD}
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>tsec_[A-Za-z0-9_+/\-]{30,80}|tid_[A-Za-z0-9_]{30,80})(?![A-Za-z0-9_\-])|(?<key>(?i:s3|minio|wasabi|r2|b2|spaces|storage)[A-Za-z0-9_.\-]{0,20}(?i:secret(?:[_\-]?access)?(?:[_\-]?key)?|root[_\-]?password)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9/+_\-]{20,80})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
