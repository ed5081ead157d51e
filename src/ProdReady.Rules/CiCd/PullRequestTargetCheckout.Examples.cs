using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class PullRequestTargetCheckout
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "checkout of the pull request's head SHA with secrets available",
            (".github/workflows/preview.yml", """
                on: pull_request_target
                permissions:
                  contents: read
                jobs:
                  preview:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          ref: [|${{ github.event.pull_request.head.sha }}|]
                      - run: npm ci && npm run build
                        env:
                          DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}
                """)),
        RuleExample.Bad(
            "fetching the head ref in a run step",
            (".github/workflows/lint.yml", """
                on:
                  pull_request_target:
                    types: [opened, synchronize]
                jobs:
                  lint:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          git fetch origin ${{ [|github.head_ref|] }}
                          git checkout FETCH_HEAD
                          make lint
                """)),
        RuleExample.Good(
            "pull_request_target that only labels, without checking out the head",
            (".github/workflows/label.yml", """
                on: pull_request_target
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/labeler@v5
                """)),
        RuleExample.Good(
            "the head checked out under pull_request, which has no secrets",
            (".github/workflows/ci.yml", """
                on: pull_request
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                """)),
    ];
}
