using System.Collections.Immutable;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary>The audit's <c>--format a,b,c</c>, <c>--output</c> and <c>--output-dir</c>: which formats, and where each goes.</summary>
public static class FormatOptions
{
    public static string Names { get; } = string.Join(", ", Enum.GetNames<ReportFormat>().Select(n => n.ToLowerInvariant()));

    /// <summary>Comma-separated format names, in the order given, each once.</summary>
    public static bool TryParse(string text, out ImmutableArray<ReportFormat> formats, out string? unknown)
    {
        var result = ImmutableArray.CreateBuilder<ReportFormat>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (name.Length == 0 || !Enum.TryParse<ReportFormat>(name, ignoreCase: true, out var format) || !Enum.IsDefined(format) || char.IsDigit(name[0]))
            {
                formats = [];
                unknown = name;
                return false;
            }

            if (!result.Contains(format))
            {
                result.Add(format);
            }
        }

        formats = result.ToImmutable();
        unknown = null;
        return true;
    }

    /// <summary>What is wrong with the combination, or null: one file holds one format, so several need a directory.</summary>
    public static string? Problem(int formatCount, string? output, string? outputDirectory) => (formatCount, output, outputDirectory) switch
    {
        (_, not null, not null) => "--output and --output-dir cannot be used together.",
        ( > 1, not null, _) => "--output writes one format; use --output-dir DIR to write several.",
        _ => null,
    };
}
