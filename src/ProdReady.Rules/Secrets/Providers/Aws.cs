using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Aws
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC100",
        Name = "aws-access-key",
        Provider = "AWS",
        Reference = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        Detectors =
        [
            new()
            {
                Id = "aws-access-key-id",
                Provider = "AWS",
                Label = "access key ID",
                Keywords = ["AKIA", "ASIA", "ABIA", "ACCA", "A3T", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA"],
                Pattern = Pattern1(),
                Check = TokenChecks.Real,
            },
            new()
            {
                Id = "aws-secret-access-key",
                Provider = "AWS",
                Label = "secret access key",
                Keywords = ["secret_access_key", "secretaccesskey", "secret-access-key", "aws_secret", "awssecret"],
                Pattern = Pattern2(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an access key ID and its secret key in a committed .env",
                (".env", """
                    AWS_ACCESS_KEY_ID=[|AKIAPYCDYBK377OXTZQ6|]
                    AWS_SECRET_ACCESS_KEY=[|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|]
                    """)),
            RuleExample.Bad(
                "a temporary ASIA key ID in Python source",
                ("app/storage.py", """
                    client = boto3.client("s3", aws_access_key_id="[|ASIASVIZX3ORO7NZQDG4|]")
                    """)),
            RuleExample.Good(
                "AWS's documented example key (AKIAIOSFODNN7EXAMPLE) is not a credential",
                ("docs/setup.md", """
                    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
                    """)),
            RuleExample.Good(
                "forty random characters not assigned to a secret-access-key name are not reported as an AWS secret",
                ("data/hashes.txt", """
                    checksum S6xxMYHxq2B5kRP0r6UV1cZB3urJ1mKpWx+KA7Ev
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9]|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"(?<key>(?i:aws)?[A-Za-z0-9_.\-]{0,20}(?i:secret[_\-]?access[_\-]?key|aws[_\-]?secret(?:[_\-]?key)?))[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();
}
