using System.Text;
using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Files;
using ProdReady.Model;
using ProdReady.Rules;

namespace ProdReady.Tests.Fixtures;

/// <summary>Audits a fixture repository and renders the golden expected-findings text: one line per finding, sorted.</summary>
public static class FixtureAudit
{
    public static AuditReport Run(string name) =>
        new Auditor(Catalogue.All, ToolIdentity.Current, Catalogue.SecretScanner).Run(TestPaths.Fixture(name), new WalkOptions { UseGit = false }, RuleOptions.Default);

    public static string Golden(AuditReport report)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"verdict {report.Verdict.Id()} score {report.Score}");
        foreach (var area in report.Areas.Where(a => a.Score is not null))
        {
            builder.AppendLine($"area {area.Area.Id()} {area.Score}");
        }

        foreach (var f in report.Findings)
        {
            var where = f.File is null ? "(repository)" : $"{f.File}:{f.Line}:{f.Column}";
            builder.AppendLine($"finding {f.Severity.Id()} {f.RuleId} {where} {f.Message.Value}");
            if (f.Snippet is { } snippet)
            {
                builder.AppendLine($"  > {snippet.Value}");
            }
        }

        foreach (var p in report.Passed)
        {
            builder.AppendLine($"passed {p.RuleId} {p.Evidence.Value}");
        }

        foreach (var s in report.Skipped)
        {
            builder.AppendLine($"skipped {s.Path} {s.Reason}");
        }

        return builder.ToString();
    }
}
