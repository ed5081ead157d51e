using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Datadog
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC131",
        Name = "datadog-api-key",
        Provider = "Datadog",
        Reference = "https://docs.datadoghq.com/account_management/api-app-keys/",
        Detectors =
        [
            new()
            {
                Id = "datadog-api-key",
                Provider = "Datadog",
                Label = "API or application key",
                Keywords = ["datadog", "dd_api", "dd_app", "dd-api", "dd-app"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Datadog API or application key in docker-compose.yml",
                ("docker-compose.yml", """
                    services:
                      agent:
                        environment:
                          DD_API_KEY: [|f7170680ed4cac2adf2f95cb21ac2210|]
                    """)),
            RuleExample.Good(
                "a key from the environment",
                ("docker-compose.yml", """
                    services:
                      agent:
                        environment:
                          DD_API_KEY: ${DD_API_KEY}
                    """)),
            RuleExample.Good(
                "a hex digest not named for Datadog",
                ("build.txt", """
                    sha=3a76e0fdd28e2960105f683206deb7b61fbcccee
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:datadog|dd)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?key|app(?:lication)?[_\-]?key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
