using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Tencent
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC167",
        Name = "tencent-cloud-key",
        Provider = "Tencent Cloud",
        Reference = "https://www.tencentcloud.com/document/product/598/32675",
        Detectors =
        [
            new()
            {
                Id = "tencent-cloud-key",
                Provider = "Tencent Cloud",
                Label = "SecretId or SecretKey",
                Keywords = ["AKID", "tencent", "qcloud"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Tencent Cloud SecretId or SecretKey in cos/upload.go",
                ("cos/upload.go", """
                    secretID := "[|AKID9108QTAsRzoAdHWaiY7OdyzTmJh7CIMA|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    TENCENT_SECRET_ID = os.environ["TENCENT_SECRET_ID"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    SecretIds start with AKID.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>AKID[A-Za-z0-9]{32})\b|(?<key>(?i:tencent|qcloud)[A-Za-z0-9_.\-]{0,20}(?i:secret[_\-]?key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
