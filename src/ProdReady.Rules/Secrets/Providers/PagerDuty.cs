using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class PagerDuty
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC158",
        Name = "pagerduty-api-key",
        Provider = "PagerDuty",
        Reference = "https://support.pagerduty.com/main/docs/api-access-keys",
        Detectors =
        [
            new()
            {
                Id = "pagerduty-api-key",
                Provider = "PagerDuty",
                Label = "API key",
                Keywords = ["pagerduty"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a PagerDuty API key in ops/alert.py",
                ("ops/alert.py", """
                    PAGERDUTY_API_KEY = "[|u+1-n2x_jPgx8qc3ogzs|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    PAGERDUTY_API_KEY = os.environ["PAGERDUTY_API_KEY"]
                    """)),
            RuleExample.Good(
                "a service name",
                ("ops/alert.py", """
                    PAGERDUTY_SERVICE = "checkout-api"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:pagerduty)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?(?:key|token)|token|routing[_\-]?key|integration[_\-]?key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>u\+[A-Za-z0-9_+\-]{18}|[A-Za-z0-9_+\-]{20}|[a-f0-9]{32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
