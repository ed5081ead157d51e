using ProdReady.Reporting;

namespace ProdReady.Cli.Claims;

public sealed record VerifyClaimsRequest(string Document, string? Path, ReportFormat Format, string? Output, bool FailOnContradicted);
