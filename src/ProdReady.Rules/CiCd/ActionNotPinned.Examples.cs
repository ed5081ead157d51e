using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class ActionNotPinned
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a third-party action on a tag (medium) and an official one on a tag (low)",
            (".github/workflows/ci.yml", """
                on: [push]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: [|actions/checkout@v4|]
                      - uses: [|docker/login-action@v3|]
                """)),
        RuleExample.Bad(
            "a branch ref and a reusable workflow on main",
            (".github/workflows/release.yml", """
                on: [push]
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: [|softprops/action-gh-release@master|]
                  shared:
                    uses: [|acme/workflows/.github/workflows/deploy.yml@main|]
                """)),
        RuleExample.Good(
            "actions pinned to full commit SHAs",
            (".github/workflows/ci.yml", """
                on: [push]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                      - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772 # v3.4.0
                """)),
        RuleExample.Good(
            "local actions and Docker images have no ref to pin",
            (".github/workflows/ci.yml", """
                on: [push]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ./.github/actions/setup
                      - uses: docker://alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d
                """)),
    ];
}
