using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Observability;
using ProdReady.Rules.Operations;

namespace ProdReady.Rules.Documentation;

public sealed class DeploymentGuideMissing : Rule
{
    private const string Searched = "documents named deploy*, runbook*, operations*, production*, hosting*, install* or administration* " +
        "(or in such folders), and README or docs headings on deploying, production, operations, runbooks, rollback or upgrading";

    private static readonly string[] Words =
        ["deploy", "runbook", "operations", "operating", "production", "self-host", "selfhost", "hosting", "rollback", "roll back", "going live", "upgrad", "playbook"];

    private static readonly string[] DocumentWords = [.. Words, "install", "administration"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DOC001"),
        Name = "deployment-guide-missing",
        Title = "No deployment guide or runbook: how to deploy, operate and roll back is not written down",
        Area = Area.Documentation,
        Severity = Severity.Medium,
        EffortHours = 3,
        Rationale = "When only the person who set it up knows how the service is deployed, configured, migrated and rolled back, " +
            "every release depends on them and an incident at night starts with archaeology. A short written procedure is " +
            "what lets someone else deploy, restore or roll back under pressure.",
        Fix = "Add a deployment section to the README or a docs/deployment.md (or docs/runbook.md): the environments, required " +
            "configuration and secrets, how to release and run migrations, how to roll back, and where logs and dashboards are.",
        References =
        [
            "https://sre.google/workbook/on-call/",
            "https://12factor.net/",
        ],
        Examples =
        [
            RuleExample.Bad("a Dockerised FastAPI service whose README only explains local development",
                ("main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
                ("Dockerfile", "FROM python:3.13-slim\nCMD [\"uvicorn\", \"main:app\"]\n"),
                ("README.md", "# Orders\n\n## Development\n\n`uvicorn main:app --reload`\n")),
            RuleExample.Bad("an Express service deployed to Kubernetes with no README at all",
                ("server.js", "const express = require(\"express\");\nconst app = express();\napp.listen(3000);\n"),
                ("package.json", "{ \"name\": \"api\", \"dependencies\": { \"express\": \"^4.19.2\" } }"),
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n")),
            RuleExample.Good("the README has a Deployment section",
                ("main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
                ("README.md", "# Orders\n\n## Deployment\n\nBuild the image and `kubectl apply -k k8s/`; roll back with `kubectl rollout undo`.\n")),
            RuleExample.Good("a runbook in docs/",
                ("Dockerfile", "FROM node:22-slim\nCMD [\"node\", \"server.js\"]\n"),
                ("docs/runbook.md", "# When the queue backs up\n")),
            RuleExample.Good("a library with no service to deploy is not judged",
                ("mylib/__init__.py", "def parse(text):\n    return text.split()\n"),
                ("README.md", "# mylib\n\n## Usage\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var repository = context.Repository;
        var deployed = ContainerFiles.Dockerfiles(facts).Any() || ContainerFiles.Services(facts).Any()
            || facts.Kubernetes.Any(k => ContainerFiles.Counts(k.File)) || facts.HelmCharts.Length > 0
            || repository.AllPaths.Any(DeploymentFiles.IsPlatformConfig);
        if (!deployed && !facts.IsWebApp)
        {
            return RuleOutcome.Skip("no service to deploy: no web framework and no Dockerfile, compose, Kubernetes or platform configuration");
        }

        var guides = repository.AllPaths.Where(p => RepositoryText.IsDocument(p) && !CodePaths.IsVendored(p) && !CodePaths.IsTest(p) && NamesGuide(p)).ToList();
        var document = guides.FirstOrDefault(p => DocumentWords.Any(w => Path.GetFileNameWithoutExtension(p).Contains(w, StringComparison.OrdinalIgnoreCase)))
            ?? guides.FirstOrDefault();
        if (document is not null)
        {
            return RuleOutcome.Pass(new Evidence($"deployment documentation {document}"));
        }

        var heading = repository.Files.Where(f => RepositoryText.IsDocument(f.Path) && !CodePaths.IsVendored(f.Path) && !CodePaths.IsTest(f.Path))
            .SelectMany(RepositoryText.Headings)
            .FirstOrDefault(h => Words.Any(w => h.Heading.Contains(w, StringComparison.OrdinalIgnoreCase)));
        if (heading.Heading is not null)
        {
            return RuleOutcome.Pass(new Evidence($"documentation section \"{heading.Heading}\" in {heading.Span}", heading.Span));
        }

        return RuleOutcome.Fail([new Violation(null, $"no deployment guide or runbook: searched {Searched}; none found")]);
    }

    /// <summary>The document's name, or a folder it is in, says it is about deploying or running the service.</summary>
    private static bool NamesGuide(string path)
    {
        var parts = path.ToLowerInvariant().Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        var folders = parts.SkipLast(1).ToList();
        var inDocs = folders.Any(f => f is "docs" or "doc" or "documentation" or "wiki");
        return DocumentWords.Any(w => name.Contains(w, StringComparison.Ordinal)
            || (inDocs && folders.Any(f => f.Contains(w, StringComparison.Ordinal))));
    }
}
