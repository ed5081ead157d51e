using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Azure
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC103",
        Name = "azure-storage-key",
        Provider = "Azure",
        Reference = "https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage",
        Detectors =
        [
            new()
            {
                Id = "azure-storage-account-key",
                Provider = "Azure",
                Label = "storage account key",
                Keywords = ["AccountKey="],
                Pattern = Pattern1(),
                Check = TokenChecks.AzureKey,
            },
            new()
            {
                Id = "azure-sas-signature",
                Provider = "Azure",
                Label = "SAS token signature",
                Keywords = ["sig="],
                Pattern = Pattern2(),
                Check = TokenChecks.Random,
            },
            new()
            {
                Id = "azure-ad-client-secret",
                Provider = "Azure",
                Label = "Entra ID client secret",
                Keywords = ["Q~"],
                Pattern = Pattern3(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a storage connection string in appsettings.json",
                ("Api/appsettings.json", """
                    {
                      "ConnectionStrings": {
                        "Blob": "DefaultEndpointsProtocol=https;AccountName=shopprod;AccountKey=[|tdWt2kLkW8ymfi34Dcntk7OmAODTJZwDY3FhoM4d9bvWTcEMqDWJ9wBztdiD8XXfDgulkDl6WKkrnwGOl9guXC==|];EndpointSuffix=core.windows.net"
                      }
                    }
                    """)),
            RuleExample.Bad(
                "an Entra ID client secret in a Python module",
                ("auth/graph.py", """
                    CLIENT_SECRET = "[|zTS8Q~JmdQFTvffexLPuWmLPP_JkOTRGUrSIR5WZ|]"
                    """)),
            RuleExample.Bad(
                "a SAS URL whose signature grants access until it expires",
                ("jobs/export.py", """
                    URL = "https://shopprod.blob.core.windows.net/exports?sv=2022-11-02&ss=b&sp=rl&se=2027-01-01T00:00:00Z&sig=[|E88Up6urCHPMhqQc3KXFQIWxmBG8q1fIyBb1oHvaO9o|]%3D"
                    """)),
            RuleExample.Good(
                "the Azurite emulator's published development key is not an account key",
                ("local.settings.json", """
                    { "Storage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" }
                    """)),
            RuleExample.Good(
                "a connection string assembled from a variable",
                ("infra/app.py", """
                    conn = f"AccountKey={key};AccountName=shop"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?i:AccountKey)=(?<secret>[A-Za-z0-9+/]{86}==)", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"[?&]sv=[0-9\-]{10}&[^\s""']{0,300}?[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();

    [GeneratedRegex(@"(?<![A-Za-z0-9_~.\-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?![A-Za-z0-9_~.\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern3();
}
