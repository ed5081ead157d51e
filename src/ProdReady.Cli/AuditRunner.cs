using ProdReady.Engine.Auditing;
using ProdReady.Engine.Config;
using ProdReady.Model;
using ProdReady.Rules;

namespace ProdReady.Cli;

/// <summary>Runs one audit for the CLI: configuration, the audit itself with progress, the report, the gate.</summary>
public sealed class AuditRunner(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
{
    public ExitCode Run(Commands.AuditRequest request)
    {
        var report = Audit(request);
        Write(report, request);
        foreach (var error in report.Errors)
        {
            stderr.WriteLine($"prodready: {error}");
        }

        return Gate.Evaluate(report, request.FailOn, request.MinScore);
    }

    /// <summary>Runs the audit the request describes and returns the report, without writing it.</summary>
    public AuditReport Audit(Commands.AuditRequest request)
    {
        var root = Path.GetFullPath(request.Path);
        if (!Directory.Exists(root))
        {
            throw new UsageException(File.Exists(root) ? $"'{request.Path}' is a file; give the repository's directory." : $"'{request.Path}' does not exist.");
        }

        var config = ConfigLoader.Load(root, request.ConfigPath);
        var options = ConfigRuleOptions.From(config);
        var suppressions = SuppressionSetup.Build(root, config, request.ConfigPath ?? ConfigLoader.FileName, request.Workflow);
        var auditor = new Auditor(request.History ? [.. Catalogue.All, Catalogue.History] : Catalogue.All, ToolIdentity.Current, Catalogue.SecretScanner);
        var showProgress = !request.Quiet && !request.NoProgress && environment.StderrIsTerminal;
        var report = ProgressDisplay.Run(stderr, showProgress, progress => auditor.Run(root, config.ToWalkOptions(), options, progress, suppressions));
        return report with { Target = report.Target with { Path = DisplayPath(request.Path) } };
    }

    private void Write(AuditReport report, Commands.AuditRequest request) => new ReportOutputs(stdout, environment).Write(report, request);

    private static string DisplayPath(string path)
    {
        var trimmed = path.Replace('\\', '/').TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }
}
