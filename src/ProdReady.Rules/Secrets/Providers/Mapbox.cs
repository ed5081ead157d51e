using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Mapbox
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC141",
        Name = "mapbox-secret-token",
        Provider = "Mapbox",
        Reference = "https://docs.mapbox.com/help/dive-deeper/access-tokens/",
        Detectors =
        [
            new()
            {
                Id = "mapbox-secret-token",
                Provider = "Mapbox",
                Label = "secret token",
                Keywords = ["sk.eyJ"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Mapbox secret token in maps/upload.py",
                ("maps/upload.py", """
                    MAPBOX_TOKEN = "[|sk.eyJ1IjoiTNxknzZs-9EnRBm0_Ibu21x6IdDiMZjzpywqWdjISr7fsqvZjnycRWIXa1Sk.wYi9A1EKh5WhqBTxDo8dyc|]"
                    """)),
            RuleExample.Good(
                "a public pk. token is meant for browsers",
                ("web/map.js", """
                    mapboxgl.accessToken = 'pk.eyJ1Ijoi0_9lfAaHIXYqJl0kzr5gBIyofgXkpuz-VIjbCBq3lGi5ROxo7VZyq_p4b11U.xUMOZXuFw_U_vRVI-T-jH2';
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    MAPBOX_TOKEN = os.environ["MAPBOX_TOKEN"]
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>sk\.eyJ[A-Za-z0-9_\-]{50,200}\.[A-Za-z0-9_\-]{20,40})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
