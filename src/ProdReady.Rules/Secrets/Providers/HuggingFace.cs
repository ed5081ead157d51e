using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class HuggingFace
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC114",
        Name = "huggingface-token",
        Provider = "Hugging Face",
        Reference = "https://huggingface.co/docs/hub/security-tokens",
        Detectors =
        [
            new()
            {
                Id = "huggingface-token",
                Provider = "Hugging Face",
                Label = "access token",
                Keywords = ["hf_", "api_org_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an access token passed to the hub client",
                ("train.py", """
                    login(token="[|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|]")
                    """)),
            RuleExample.Good(
                "an hf_ identifier that is not a token",
                ("model.py", """
                    hf_model_name = "bert-base-uncased"
                    """)),
            RuleExample.Good(
                "a placeholder",
                ("README.md", """
                    HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
