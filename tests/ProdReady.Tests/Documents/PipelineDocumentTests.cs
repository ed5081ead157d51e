using ProdReady.Engine.Documents;
using ProdReady.Engine.Files;

namespace ProdReady.Tests.Documents;

public class PipelineDocumentTests
{
    private static InfrastructureDocuments Read(params (string Path, string Text)[] files) =>
        InfrastructureDocuments.Read(Repository.FromFiles(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text))));

    [Fact]
    public void Reads_a_GitHub_workflow_with_triggers_permissions_jobs_and_steps()
    {
        var workflow = Assert.Single(Read((".github/workflows/ci.yml", """
            name: ci
            on:
              push: { branches: [main] }
              pull_request_target:
            permissions: write-all
            jobs:
              test:
                permissions:
                  contents: read
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                  - name: test
                    run: |
                      pip install .
                      pytest
              call:
                uses: org/repo/.github/workflows/x.yml@main
            """)).Workflows.GitHub);

        Assert.Equal(["push@3:3", "pull_request_target@4:3"], workflow.Triggers.Select(t => $"{t.Text}@{t.Span.Line}:{t.Span.Column}"));
        Assert.True(workflow.Permissions!.IsWriteAll);
        Assert.Equal(["test", "call"], workflow.Jobs.Select(j => j.Id));
        var test = workflow.Jobs[0];
        Assert.Equal("read", test.Permissions!.Scopes["contents"].Text);
        var checkout = test.Steps[0];
        Assert.Equal(("actions", "checkout", "v4", false, true), (checkout.Action!.Owner, checkout.Action.Repository, checkout.Action.Ref, checkout.Action.IsPinned, checkout.Action.IsOfficial));
        Assert.Equal((12, 9), (checkout.Span.Line, checkout.Span.Column));
        Assert.Equal(ValueState.Unresolved, checkout.With["ref"].State);
        Assert.Equal("pip install .\npytest\n", test.Steps[1].Run!.Text);
        Assert.Equal("org/repo/.github/workflows/x.yml@main", workflow.Jobs[1].Uses!.Text);
    }

    [Fact]
    public void Reads_a_GitLab_pipeline_with_stages_jobs_scripts_and_includes()
    {
        var pipeline = Assert.Single(Read((".gitlab-ci.yml", """
            stages: [build, test]
            include:
              - template: Security/SAST.gitlab-ci.yml
              - local: ci/deploy.yml
            before_script:
              - echo setup
            .base: &base
              image: python:3.12
            unit:
              <<: *base
              stage: test
              script:
                - pip install -r requirements.txt
                - pytest -q
            """)).Workflows.GitLab);

        Assert.Equal(["build", "test"], pipeline.Stages.Select(s => s.Text));
        Assert.Equal(["Security/SAST.gitlab-ci.yml", "ci/deploy.yml"], pipeline.Includes.Select(i => i.Text));
        Assert.Equal([".default", ".base", "unit"], pipeline.Jobs.Select(j => j.Name));
        var unit = pipeline.Jobs[2];
        Assert.Equal(("test", "python:3.12"), (unit.Stage!.Text, unit.Image!.Text));
        Assert.Equal(["pip install -r requirements.txt@13:7", "pytest -q@14:7"], unit.Scripts.Select(s => $"{s.Text}@{s.Span.Line}:{s.Span.Column}"));
    }

    [Fact]
    public void Malformed_workflow_YAML_is_skipped()
    {
        var documents = Read((".github/workflows/bad.yml", "jobs:\n  a: [\n"), (".github/workflows/ok.yml", "on: push\njobs: {}\n"));

        Assert.Equal(".github/workflows/bad.yml", Assert.Single(documents.Skipped).Path);
        Assert.StartsWith("unparsed: invalid YAML at line", documents.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Single(documents.Workflows.GitHub);
    }
}
