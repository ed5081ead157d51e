using System.Collections.Immutable;
using System.Globalization;
using ProdReady.Model;

namespace ProdReady.Reporting.Sarif;

/// <summary>Copies the model into SARIF 2.1.0 (docs/sarif.md). Locations are relative to %SRCROOT%, the root of the
/// audited repository.</summary>
internal static class SarifReportMapper
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";
    public const string FingerprintKey = "prodready/v1";

    // GitHub code scanning drops a result without a physical location, so an absence (no runbook, no Dockerfile) is
    // placed at the repository root: the place the missing thing belongs to.
    private const string RepositoryRootUri = ".";

    public static SarifLog From(AuditReport report)
    {
        var rules = new SarifRules(report);
        var results = report.Findings.Select(f => Result(f, rules, null))
            .Concat(report.Suppressed.Select(s => Result(s.Finding, rules, s)));
        return new SarifLog
        {
            Schema = SchemaUri,
            Version = "2.1.0",
            Runs =
            [
                new SarifRun
                {
                    Tool = new SarifTool { Driver = Driver(report.Tool, rules) },
                    Invocations = [Invocation(report)],
                    OriginalUriBaseIds = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(SourceRoot, Root(report.Target))]),
                    Results = [.. results],
                    ColumnKind = "utf16CodeUnits",
                    Properties = new SarifRunProperties { Verdict = report.Verdict.Id(), VerdictReason = report.VerdictReason, Score = report.Score },
                },
            ],
        };
    }

    private static SarifDriver Driver(ToolInfo tool, SarifRules rules) => new()
    {
        Name = tool.Name,
        Version = tool.Version,
        SemanticVersion = tool.Version,
        InformationUri = tool.InformationUri,
        Rules = [.. rules.Infos.Select(SarifRules.Descriptor)],
    };

    private static SarifResult Result(Finding finding, SarifRules rules, SuppressedFinding? suppressed) => new()
    {
        RuleId = finding.RuleId.Value,
        RuleIndex = rules.IndexOf(finding.RuleId),
        Level = SarifLevels.Level(finding.Severity),
        Message = new SarifMessage { Text = finding.Message.Value },
        Locations = [Location(finding.File, finding.Line, finding.Column, finding.Snippet)],
        PartialFingerprints = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(FingerprintKey, finding.Fingerprint)]),
        Suppressions = suppressed is null ? null : [Suppression(suppressed)],
        Properties = new SarifResultProperties
        {
            Severity = finding.Severity.Id(),
            Priority = finding.Priority.Id(),
            EffortHours = ReportText.Round(finding.EffortHours),
            PointsLost = ReportText.Round(finding.PointsLost),
            RepositoryLevel = finding.File is null,
        },
    };

    private static SarifSuppression Suppression(SuppressedFinding suppressed) => new()
    {
        Kind = SarifLevels.SuppressionKind(suppressed.Source),
        Status = "accepted",
        Justification = Redactor.Text(suppressed.Reason).Value,
        Properties = new SarifSuppressionProperties
        {
            Source = suppressed.Source.Id(),
            Expires = suppressed.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    };

    private static SarifInvocation Invocation(AuditReport report) => new()
    {
        ExecutionSuccessful = report.IsComplete,
        ToolExecutionNotifications =
        [
            .. report.Errors.Select(e => new SarifNotification { Level = "error", Message = new SarifMessage { Text = e } }),
            .. report.Skipped.Select(s => new SarifNotification
            {
                Level = "note",
                Message = new SarifMessage { Text = $"Skipped {s.Path}: {s.Reason}" },
                Locations = [Location(s.Path, null, null, null)],
            }),
        ],
        ToolConfigurationNotifications = [.. report.StaleSuppressions.Select(Stale)],
    };

    private static SarifNotification Stale(StaleSuppression stale) => new()
    {
        Level = "warning",
        Message = new SarifMessage { Text = $"Stale {stale.Source.Id()} suppression of {stale.Rule}: {Redactor.Text(stale.Reason).Value}" },
        Locations = stale.File is null ? null : [Location(stale.File, stale.Line, null, null)],
    };

    private static SarifLocation Location(string? file, int? line, int? column, RedactedText? snippet) => new()
    {
        PhysicalLocation = new SarifPhysicalLocation
        {
            ArtifactLocation = new SarifArtifactLocation { Uri = file is null ? RepositoryRootUri : RelativeUri(file), UriBaseId = SourceRoot },
            Region = line is { } start
                ? new SarifRegion
                {
                    StartLine = start,
                    StartColumn = column,
                    Snippet = snippet is null ? null : new SarifArtifactContent { Text = snippet.Value },
                }
                : null,
        },
    };

    /// <summary>A repository path as a relative URI reference: each segment percent-encoded, slashes kept.</summary>
    public static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static SarifArtifactLocation Root(TargetInfo target)
    {
        var description = new SarifMessage { Text = $"The root of the audited repository ({target.Path})." };
        if (!Path.IsPathRooted(target.Path) || !target.Path.StartsWith('/'))
        {
            return new SarifArtifactLocation { Description = description };
        }

        var path = target.Path.EndsWith('/') ? target.Path : target.Path + "/";
        return new SarifArtifactLocation { Uri = new Uri("file://" + path).AbsoluteUri, Description = description };
    }
}
