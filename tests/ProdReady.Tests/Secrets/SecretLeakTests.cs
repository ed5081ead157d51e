using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Files;
using ProdReady.Model;
using ProdReady.Reporting;
using ProdReady.Rules;

namespace ProdReady.Tests.Secrets;

/// <summary>No output can print a secret: the whole corpus audited and written in every report format, and no
/// labelled secret (nor any 8-character piece of it past the prefix a redaction keeps) appears in any of them.</summary>
public sealed class SecretLeakTests
{
    private const int Window = 8;
    private const int RedactionPrefix = 4;

    public static TheoryData<ReportFormat> Formats() => [.. Enum.GetValues<ReportFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void No_report_format_prints_a_secret(ReportFormat format)
    {
        var output = Render(format);

        var leaks = SecretCorpus.Labels.Where(label => !ToolText.Value.Contains(label.Secret, StringComparison.Ordinal) && Leaks(label, output)).Select(l => $"{l.Path}:{l.FirstLine} {l.Family}").ToList();

        Assert.True(leaks.Count == 0, $"{format} output shows the secret of:\n{string.Join('\n', leaks)}");
    }

    [Fact]
    public void The_audit_reports_secrets_so_the_check_is_not_vacuous()
    {
        Assert.Contains(Report.Value.Findings, f => f.Area == Area.Secrets && f.Snippet is not null);
    }

    private static readonly Lazy<AuditReport> Report = new(() =>
        new Auditor(Catalogue.All, ToolIdentity.Current).Audit(Repository.FromFiles(SecretCorpus.Files), RuleOptions.Default));

    // ProdReady's own explanations quote well-known defaults ('change-me-in-production') as examples; such a value in
    // the output is the tool's text, not the repository's.
    private static readonly Lazy<string> ToolText = new(() => string.Join('\n', Catalogue.All
        .Select(r => r.Descriptor)
        .SelectMany(d => new[] { d.Title, d.Rationale, d.Fix })
        .Concat(Report.Value.Findings.SelectMany(f => new[] { f.Title, f.Impact, f.Fix }))));

    private static string Render(ReportFormat format)
    {
        using var writer = new StringWriter();
        ReportWriters.For(format).Write(Report.Value, writer, new WriterOptions(Color: false, Width: 200));
        return writer.ToString();
    }

    /// <summary>Weak secrets are dictionary words, so only their whole value is looked for; every other secret is
    /// random, so any piece of it past the redaction prefix is a leak.</summary>
    private static bool Leaks(CorpusLabel label, string output)
    {
        var secret = label.Secret;
        if (secret.Length < Window)
        {
            return false;
        }

        if (output.Contains(secret, StringComparison.Ordinal))
        {
            return true;
        }

        if (label.Family == "weak")
        {
            return false;
        }

        for (var start = RedactionPrefix; start + Window <= secret.Length; start++)
        {
            if (output.Contains(secret.AsSpan(start, Window), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
