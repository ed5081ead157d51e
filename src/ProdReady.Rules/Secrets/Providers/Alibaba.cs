using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Alibaba
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC166",
        Name = "alibaba-access-key",
        Provider = "Alibaba Cloud",
        Reference = "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
        Detectors =
        [
            new()
            {
                Id = "alibaba-access-key",
                Provider = "Alibaba Cloud",
                Label = "AccessKey",
                Keywords = ["LTAI", "alibaba", "aliyun", "alicloud"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Alibaba Cloud AccessKey in oss/client.py",
                ("oss/client.py", """
                    auth = oss2.Auth("[|LTAInMfKW8OkBAhav4lYVkDG|]", os.environ["ALIYUN_SECRET"])
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    ALIYUN_ACCESS_KEY = os.environ["ALIYUN_ACCESS_KEY"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    AccessKey IDs start with LTAI.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>LTAI[A-Za-z0-9]{12,20})\b|(?<key>(?i:alibaba|aliyun|alicloud)[A-Za-z0-9_.\-]{0,20}(?i:access[_\-]?key[_\-]?secret|secret)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
