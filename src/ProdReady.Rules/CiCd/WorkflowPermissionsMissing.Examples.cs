using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class WorkflowPermissionsMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "no permissions anywhere",
            (".github/workflows/ci.yml", """
                on: [push]
                jobs:
                  [|build|]:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """)),
        RuleExample.Bad(
            "write-all at workflow level and on a job",
            (".github/workflows/release.yml", """
                on: [push]
                permissions: [|write-all|]
                jobs:
                  publish:
                    permissions: [|write-all|]
                    runs-on: ubuntu-latest
                    steps:
                      - run: make publish
                """)),
        RuleExample.Good(
            "read-only at workflow level, one job widened for packages",
            (".github/workflows/ci.yml", """
                on: [push]
                permissions:
                  contents: read
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make test
                  publish:
                    permissions:
                      contents: read
                      packages: write
                    runs-on: ubuntu-latest
                    steps:
                      - run: make publish
                """)),
        RuleExample.Good(
            "every job declares its own permissions",
            (".github/workflows/ci.yml", """
                on: [push]
                jobs:
                  test:
                    permissions: read-all
                    runs-on: ubuntu-latest
                    steps:
                      - run: make test
                  empty:
                    permissions: {}
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo done
                """)),
    ];
}
