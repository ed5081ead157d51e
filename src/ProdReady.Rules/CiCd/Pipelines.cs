using ProdReady.Engine.Documents;
using ProdReady.Engine.Documents.Workflows;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

/// <summary>What the CI rules share: the pipelines that define work, and positions inside multi-line scripts.</summary>
internal static class Pipelines
{
    public static readonly string[] OtherSystems =
        ["azure-pipelines.yml", "azure-pipelines.yaml", "Jenkinsfile", "bitbucket-pipelines.yml", ".travis.yml", ".drone.yml",
         ".woodpecker.yml", "appveyor.yml", "buildspec.yml", ".circleci/config.yml", ".buildkite/pipeline.yml", "cloudbuild.yaml",
         "cloudbuild.yml", ".tekton", "Taskfile.yml"];

    public static IEnumerable<GitHubWorkflow> GitHub(AuditContext context) => context.Facts.Workflows.GitHub.Where(w => !w.Jobs.IsEmpty);

    public static IEnumerable<GitLabPipeline> GitLab(AuditContext context) =>
        context.Facts.Workflows.GitLab.Where(p => p.Jobs.Any(j => !j.IsHidden) || !p.Includes.IsEmpty);

    /// <summary>Pipelines of a kind ProdReady does not read (Jenkins, CircleCI…), found by path.</summary>
    public static IEnumerable<string> Others(AuditContext context) =>
        context.Repository.AllPaths.Where(p => OtherSystems.Contains(p, StringComparer.Ordinal) && p != "Taskfile.yml" && p != ".tekton");

    /// <summary>Pipeline files that exist but could not be read: nothing can be judged about them.</summary>
    public static IEnumerable<string> Unreadable(AuditContext context) =>
        context.Facts.Infrastructure.Skipped.Select(s => s.Path).Where(IsPipelineFile);

    public static bool IsPipelineFile(string path) =>
        path.StartsWith(".github/workflows/", StringComparison.Ordinal) || path.EndsWith(".gitlab-ci.yml", StringComparison.Ordinal);

    public static IEnumerable<(string File, DocumentValue Command)> Commands(AuditContext context) =>
        GitHub(context).SelectMany(w => w.Steps.Where(s => s.Step.Run is not null).Select(s => (w.Path, s.Step.Run!)))
            .Concat(GitLab(context).SelectMany(p => p.Jobs.SelectMany(j => j.Scripts.Select(s => (p.Path, s)))));

    /// <summary>Where <paramref name="needle"/> is written inside a (possibly multi-line) value, or the value's start.</summary>
    public static SourceSpan Locate(AuditContext context, DocumentValue value, string needle)
    {
        if (context.Repository.File(value.Span.File) is not { } file)
        {
            return value.Span;
        }

        var start = file.Offset(value.Span.Line, value.Span.Column);
        var end = value.Span.Length > 0 ? Math.Min(file.Text.Length, start + value.Span.Length) : file.Text.Length;
        var at = file.Text.IndexOf(needle, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            return value.Span;
        }

        var (line, column) = file.Position(at);
        return new SourceSpan(file.Path, line, column, needle.Length);
    }
}
