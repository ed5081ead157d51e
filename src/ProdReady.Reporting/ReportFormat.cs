namespace ProdReady.Reporting;

public enum ReportFormat
{
    Terminal,
    Markdown,
    Json,
    Html,
    Sarif,
}
