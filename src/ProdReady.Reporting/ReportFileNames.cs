namespace ProdReady.Reporting;

/// <summary>The file each format is written to when several are written into one directory.</summary>
public static class ReportFileNames
{
    public static string For(ReportFormat format) => format switch
    {
        ReportFormat.Terminal => "prodready.txt",
        ReportFormat.Markdown => "prodready.md",
        ReportFormat.Json => "prodready.json",
        ReportFormat.Html => "prodready.html",
        ReportFormat.Sarif => "prodready.sarif",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "No file name is defined for this format."),
    };
}
