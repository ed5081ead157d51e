using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class SecretEchoed
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a secret echoed directly, and one echoed through a step variable",
            (".github/workflows/deploy.yml", """
                on: [push]
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          [|echo "token is ${{ secrets.DEPLOY_TOKEN }}"|]
                          ./deploy.sh
                      - env:
                          DB_URL: ${{ secrets.DATABASE_URL }}
                        run: [|echo $DB_URL|]
                """)),
        RuleExample.Bad(
            "a GitLab job printing a password variable",
            (".gitlab-ci.yml", "deploy:\n  script:\n    - [|echo \"password=$DB_PASSWORD\"|]\n    - ./deploy.sh\n")),
        RuleExample.Good(
            "a secret piped to a login command, and written to GITHUB_ENV",
            (".github/workflows/deploy.yml", """
                on: [push]
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ secrets.REGISTRY_TOKEN }}" | docker login ghcr.io -u bot --password-stdin
                      - run: echo "API_KEY=${{ secrets.API_KEY }}" >> "$GITHUB_ENV"
                """)),
        RuleExample.Good(
            "echoing ordinary variables",
            (".gitlab-ci.yml", "build:\n  script:\n    - echo \"building $CI_COMMIT_SHA on $CI_COMMIT_REF_NAME\"\n    - make\n")),
    ];
}
