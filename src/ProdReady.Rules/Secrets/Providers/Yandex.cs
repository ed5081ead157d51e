using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Yandex
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC168",
        Name = "yandex-cloud-key",
        Provider = "Yandex Cloud",
        Reference = "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key",
        Detectors =
        [
            new()
            {
                Id = "yandex-cloud-key",
                Provider = "Yandex Cloud",
                Label = "API key or OAuth token",
                Keywords = ["AQVN", "y0_", "y1_", "y2_", "y3_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Yandex Cloud API key or OAuth token in ml/yandexgpt.py",
                ("ml/yandexgpt.py", """
                    headers = {"Authorization": "Api-Key [|AQVNStMrh49Cs64NMGZrX4K4W6Iqa0sDLu6XZcMc|]"}
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    YC_API_KEY = os.environ["YC_API_KEY"]
                    """)),
            RuleExample.Good(
                "a y0_ variable name",
                ("plot.py", """
                    y0_axis = 3
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>AQVN[A-Za-z0-9_\-]{35,38}|y[0-3]_[A-Za-z0-9_\-]{35,60})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
