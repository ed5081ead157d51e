using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class CiWorkflowMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "no pipeline of any kind (seed 002: add GitHub Actions CI)",
            ("requirements.txt", "Django==4.2.11\n"),
            ("events/views.py", "def index(request):\n    return None\n")),
        RuleExample.Bad(
            "a workflow file with no jobs is not CI",
            ("requirements.txt", "fastapi==0.110.0\n"),
            (".github/workflows/ci.yml", "name: ci\non: [push]\njobs: {}\n")),
        RuleExample.Good(
            "a GitHub Actions workflow that runs pytest",
            ("requirements.txt", "fastapi==0.110.0\n"),
            (".github/workflows/ci.yml", """
                name: ci
                on: [push, pull_request]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: pytest
                """)),
        RuleExample.Good(
            "GitLab CI at the root",
            ("package.json", """{ "name": "api", "scripts": { "test": "jest" } }"""),
            (".gitlab-ci.yml", "test:\n  image: node:20\n  script:\n    - npm ci\n    - npm test\n")),
        RuleExample.Good(
            "a Jenkinsfile",
            ("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"></Project>"""),
            ("Jenkinsfile", "pipeline { agent any\n stages { stage('Build') { steps { sh 'dotnet build' } } } }\n")),
    ];
}
