using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class GcpServiceAccount
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC102",
        Name = "gcp-service-account-key",
        Provider = "Google Cloud",
        Reference = "https://cloud.google.com/iam/docs/keys-create-delete",
        Detectors =
        [
            new()
            {
                Id = "gcp-service-account",
                Provider = "Google Cloud",
                Label = "service-account key file",
                Keywords = ["service_account"],
                Pattern = Pattern(),
                Check = TokenChecks.PrivateKey,
                Span = 8000,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a service-account JSON key committed next to the code",
                ("deploy/sa.json", """
                    {
                      "type": "service_account",
                      "project_id": "shop-prod",
                      "private_key_id": "4f3cb8fecb37f8cc701e66c2f9d02c37744458d5",
                      "private_key": "[|-----BEGIN PRIVATE KEY-----\n6Sa7XXhV6L9uf9D8DXa+RAnfBmKOO5KMOZPI+oVpbR2CDjlt1BC5Gco7fcopoFSh\nyAO9H5sLwzcZjS6dDb1qrWMYJc/fwFp64OJxA+6EgQaISMKsvrBsD37GL4JayTZw\nkJrj/L+21Dikr4w7T2iuSzSuY9Ui2NICGDmbn7db9nTle7Rt++dF85e4oo8VYFlM\nfaKQzYUit8pxbkcM5yeDswqoiAvYxGJ9Bgi4ycOAw3sI7qijLYLsGhkcfSVOnh/L\nGu48qclNx+QTLH9c0pqbUHuFKElU6VEx4zIv6MqCW5Q8Vid64foO7OvqUYNYrICu\nuZFaRAdrnrt8kSifjFNalcRFslf6OZoA+ePIzhtoNK8QcV88xVzvLgkGoy6/LmMr\nBwuEsC3tkOBvuO2LhkTU9xZrPKyw7zsJXSAs655mGj4N/MCnlEEpXhqUsGaClEKL\n3RwoFLbfTFoLiMQCxukSW08H6FB5D2MQT9XzW/T+oJ6PmPSQpSEIlcnoEmx/gwsm\n-----END PRIVATE KEY-----\n|]",
                      "client_email": "api@shop-prod.iam.gserviceaccount.com"
                    }
                    """)),
            RuleExample.Good(
                "a service-account file with the key elided is documentation",
                ("docs/gcp.md", """
                    ```json
                    { "type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n" }
                    ```
                    """)),
            RuleExample.Good(
                "an OAuth client file has no private key",
                ("client.json", """
                    { "type": "authorized_user", "client_id": "1234.apps.googleusercontent.com" }
                    """)),
        ],
    };

    [GeneratedRegex(@"""private_key""\s{0,3}:\s{0,3}""(?<secret>-----BEGIN PRIVATE KEY-----(?:\\n|[A-Za-z0-9+/=]){64,8000}-----END PRIVATE KEY-----(?:\\n)?)""", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
