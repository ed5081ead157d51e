using ProdReady.Cli.Commands;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Claims;
using ProdReady.Engine.Config;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Model.Claims;
using ProdReady.Reporting;
using ProdReady.Reporting.Claims;
using ProdReady.Rules;

namespace ProdReady.Cli.Claims;

/// <summary>Reads the document, audits the repository once, checks each claim against that audit and writes the result.</summary>
public sealed class VerifyClaimsRunner(TextWriter stdout, CliEnvironment environment)
{
    public ExitCode Run(VerifyClaimsRequest request)
    {
        var markdown = TextOutput.ReadInput(request.Document, "Markdown document");
        var target = request.Path ?? RepositoryRootOf(request.Document) ?? ".";
        var root = Path.GetFullPath(target);
        if (!Directory.Exists(root))
        {
            throw new UsageException(File.Exists(root) ? $"'{target}' is a file; give the repository's directory." : $"'{target}' does not exist.");
        }

        var config = ConfigLoader.Load(root, explicitPath: null);
        var repository = RepositoryWalker.Walk(root, config.ToWalkOptions());
        var facts = FactsBuilder.Build(repository);
        var audit = new Auditor(Catalogue.All, ToolIdentity.Current, Catalogue.SecretScanner).Audit(facts, ConfigRuleOptions.From(config));
        var context = new ClaimContext(audit, facts);
        var report = new ClaimsReport
        {
            Document = DisplayPath(request.Document),
            Target = DisplayPath(target),
            Claims = ClaimChecker.Check(ClaimExtractor.Extract(markdown), context),
        };

        var writer = ClaimsWriters.For(request.Format);
        var colour = request.Format == ReportFormat.Terminal && environment.StdoutIsTerminal && !environment.NoColor;
        TextOutput.Write(request.Output, stdout, (output, useColour) => writer.Write(report, output, new WriterOptions(useColour, environment.Width)), colour);

        return request.FailOnContradicted && report.Count(ClaimStatus.Contradicted) > 0 ? ExitCode.GateFailed : ExitCode.GatePassed;
    }

    /// <summary>The nearest directory at or above the document's that holds a .git entry.</summary>
    private static string? RepositoryRootOf(string document)
    {
        for (var directory = new FileInfo(document).Directory; directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string DisplayPath(string path)
    {
        var trimmed = path.Replace('\\', '/').TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }
}
