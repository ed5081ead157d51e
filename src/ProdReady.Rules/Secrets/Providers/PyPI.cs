using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class PyPI
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC116",
        Name = "pypi-token",
        Provider = "PyPI",
        Reference = "https://pypi.org/help/#apitoken",
        Detectors =
        [
            new()
            {
                Id = "pypi-token",
                Provider = "PyPI",
                Label = "upload token",
                Keywords = ["pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an upload token in .pypirc",
                (".pypirc", """
                    [pypi]
                    username = __token__
                    password = [|pypi-AgEIcHlwaS5vcmcFcMNCG3kQSDU7sWTDwTV6Psk7-Vmwpjel339hTTfcVJDd_uLEgcz6iizSf-V|]
                    """)),
            RuleExample.Good(
                "a token read from the environment in CI",
                (".github/workflows/publish.yml", """
                          password: ${{ secrets.PYPI_API_TOKEN }}
                    """)),
            RuleExample.Good(
                "the token prefix alone",
                ("docs/release.md", """
                    Tokens begin with pypi-AgEIcHlwaS5vcmc.
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<secret>pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,300})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
