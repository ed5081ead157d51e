using System.Text.RegularExpressions;
using ProdReady.Engine.Documents;

namespace ProdReady.Rules.Containers;

/// <summary>Runtime and OS releases whose upstream support has ended, with the date it ended. A fixed table, not the
/// clock: an audit of one commit says the same thing every day until the table is updated.</summary>
internal static partial class EndOfLifeImages
{
    /// <summary>The day the table was last checked against upstream schedules. Only releases whose support ended on or
    /// before it are listed, so a release that ends later is never reported early.</summary>
    public const string CurrentAsOf = "2026-11-22";

    private static readonly Dictionary<string, Dictionary<string, string>> Runtimes = new(StringComparer.Ordinal)
    {
        ["python"] = new()
        {
            ["2.7"] = "2020-01-01",
            ["3.5"] = "2020-09-30",
            ["3.6"] = "2021-12-23",
            ["3.7"] = "2023-06-27",
            ["3.8"] = "2024-10-07",
            ["3.9"] = "2025-10-31",
            ["3.10"] = "2026-10-31",
        },
        ["node"] = new()
        {
            ["8"] = "2019-12-31",
            ["10"] = "2021-04-30",
            ["12"] = "2022-04-30",
            ["14"] = "2023-04-30",
            ["15"] = "2021-06-01",
            ["16"] = "2023-09-11",
            ["17"] = "2022-06-01",
            ["18"] = "2025-04-30",
            ["19"] = "2023-06-01",
            ["20"] = "2026-04-30",
            ["21"] = "2024-06-01",
            ["23"] = "2025-06-01",
        },
        ["alpine"] = new()
        {
            ["3.12"] = "2022-05-01",
            ["3.13"] = "2022-11-01",
            ["3.14"] = "2023-05-01",
            ["3.15"] = "2023-11-01",
            ["3.16"] = "2024-05-23",
            ["3.17"] = "2024-11-22",
            ["3.18"] = "2025-05-09",
            ["3.19"] = "2025-11-01",
        },
        ["ubuntu"] = new() { ["14.04"] = "2019-04-30", ["16.04"] = "2021-04-30", ["18.04"] = "2023-05-31", ["20.04"] = "2025-05-31" },
        ["debian"] = new() { ["8"] = "2020-06-30", ["9"] = "2022-06-30", ["10"] = "2024-06-30" },
        ["aspnet"] = new() { ["3.1"] = "2022-12-13", ["5.0"] = "2022-05-10", ["6.0"] = "2024-11-12", ["7.0"] = "2024-05-14", ["8.0"] = "2026-11-10" },
        ["runtime"] = new() { ["3.1"] = "2022-12-13", ["5.0"] = "2022-05-10", ["6.0"] = "2024-11-12", ["7.0"] = "2024-05-14", ["8.0"] = "2026-11-10" },
    };

    private static readonly Dictionary<string, (string Release, string Date)> Distributions = new(StringComparer.Ordinal)
    {
        ["jessie"] = ("Debian 8", "2020-06-30"),
        ["stretch"] = ("Debian 9", "2022-06-30"),
        ["buster"] = ("Debian 10", "2024-06-30"),
        ["bionic"] = ("Ubuntu 18.04", "2023-05-31"),
        ["focal"] = ("Ubuntu 20.04", "2025-05-31"),
    };

    /// <summary>Every listed release with its end-of-life date, for the check that none lies after
    /// <see cref="CurrentAsOf"/>.</summary>
    public static IEnumerable<(string Release, string Date)> Entries() =>
        Runtimes.SelectMany(r => r.Value.Select(v => ($"{r.Key} {v.Key}", v.Value)))
            .Concat(Distributions.Values);

    /// <summary>"Python 3.8 (end of life 2024-10-07)", or null when the image is supported or unknown.</summary>
    public static string? Describe(ImageReference image)
    {
        if (image.Tag is not { } tag)
        {
            return null;
        }

        if (Runtimes.TryGetValue(image.Name, out var versions) && Version().Match(tag) is { Success: true } match)
        {
            var full = match.Value;
            var key = versions.Keys.FirstOrDefault(v => full == v || full.StartsWith(v + ".", StringComparison.Ordinal));
            if (key is not null)
            {
                return $"{Display(image.Name)} {key} (end of life {versions[key]})";
            }
        }

        if (image.Name == "debian" && Distributions.TryGetValue(tag.Split('-')[0], out var codename))
        {
            return $"{codename.Release} (end of life {codename.Date})";
        }

        foreach (var part in tag.Split('-').Skip(1))
        {
            if (Distributions.TryGetValue(part, out var distro))
            {
                return $"{distro.Release} (end of life {distro.Date}), the base of {image.Raw}";
            }
        }

        return null;
    }

    private static string Display(string name) => name switch
    {
        "python" => "Python",
        "node" => "Node.js",
        "alpine" => "Alpine",
        "ubuntu" => "Ubuntu",
        "debian" => "Debian",
        _ => ".NET",
    };

    [GeneratedRegex(@"^\d+(\.\d+)*")]
    private static partial Regex Version();
}
