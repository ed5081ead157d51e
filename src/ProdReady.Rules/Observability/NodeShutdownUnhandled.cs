using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;
using ProdReady.Rules.Containers;

namespace ProdReady.Rules.Observability;

public sealed partial class NodeShutdownUnhandled : Rule
{
    private static readonly string[] ShutdownPackages =
        ["@godaddy/terminus", "http-terminator", "stoppable", "lightship", "close-with-grace", "@hapi/hapi", "@nestjs/core", "fastify"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("OBS006"),
        Name = "node-shutdown-unhandled",
        Title = "A containerised Node server does not handle SIGTERM",
        Area = Area.Observability,
        Severity = Severity.Low,
        EffortHours = 1,
        Rationale = "Docker and Kubernetes stop a container with SIGTERM, then SIGKILL after a grace period. A Node server with no " +
            "handler is killed mid-request on every deploy and scale-down: in-flight requests fail, database transactions are " +
            "cut, and queued work is lost. (As PID 1 without a handler, Node even ignores SIGTERM and waits out the grace period.)",
        Fix = "Handle SIGTERM: stop accepting connections with server.close(), finish in-flight work, close pools, then exit; " +
            "or use a library such as @godaddy/terminus or http-terminator. Run node directly (not through npm) or with `init: true`.",
        References =
        [
            "https://expressjs.com/en/advanced/healthcheck-graceful-shutdown.html",
            "https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/",
            "https://github.com/nodejs/docker-node/blob/main/docs/BestPractices.md#handling-kernel-signals",
        ],
        AppliesTo = [Technology.Node],
        Examples = NodeShutdownExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var server = facts.CallsNamed("listen").FirstOrDefault(c => c.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript
            && c.Callee.Contains('.') && CodePaths.IsApplication(c.Span.File) && FileRoles.IsProduction(c.Span.File));
        if (server is null)
        {
            return RuleOutcome.Skip("no Node server calls listen()");
        }

        if (!facts.Repository.AllPaths.Any(p => DeploymentFiles.IsDockerfile(p) || DeploymentFiles.IsCompose(p) || DeploymentFiles.IsOrchestration(p)))
        {
            return RuleOutcome.Skip("the server is not deployed in a container here");
        }

        if (facts.Dependencies.FirstOrDefault(d => !d.Development && ShutdownPackages.Contains(d.Name)) is { } package)
        {
            return RuleOutcome.Pass(new Evidence($"shutdown handled by {package.Name} ({package.Span})", package.Span));
        }

        // Stopgap: signal handlers are registered with string literals that no fact links to process.on, so the
        // server code is searched as text.
        foreach (var file in facts.Repository.Files.Where(f => FileRoles.IsJavaScript(f.Path) && CodePaths.IsApplication(f.Path) && FileRoles.IsProduction(f.Path)))
        {
            if (SignalHandler().Match(file.Text) is { Success: true } handler)
            {
                var (line, column) = file.Position(handler.Index);
                var span = new SourceSpan(file.Path, line, column, handler.Length);
                return RuleOutcome.Pass(new Evidence($"{handler.Value.Trim()}…) in {span}", span));
            }
        }

        return RuleOutcome.Fail(new Violation(server.Span,
            $"{server.Callee}() starts the server and no SIGTERM or SIGINT handler closes it: every container stop cuts in-flight requests"));
    }

    [GeneratedRegex(@"process\.(on|once|addListener)\(\s*['""`]SIG(TERM|INT)['""`]")]
    private static partial Regex SignalHandler();
}
