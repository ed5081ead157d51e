using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class SecurityScanMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "tests but no scanner",
            (".github/workflows/ci.yml", "on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n")),
        RuleExample.Bad(
            "a GitLab pipeline with build and test only",
            (".gitlab-ci.yml", "test:\n  script:\n    - npm ci\n    - npm test\n")),
        RuleExample.Good(
            "CodeQL analysis",
            (".github/workflows/codeql.yml", """
                on: [push]
                jobs:
                  analyze:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: github/codeql-action/init@v3
                      - uses: github/codeql-action/analyze@v3
                """)),
        RuleExample.Good(
            "pip-audit in a script, and a GitLab security template",
            (".gitlab-ci.yml", "include:\n  - template: Security/SAST.gitlab-ci.yml\naudit:\n  script:\n    - pip-audit -r requirements.txt\n")),
    ];
}
