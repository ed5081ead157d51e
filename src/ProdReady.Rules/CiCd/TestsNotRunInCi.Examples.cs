using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class TestsNotRunInCi
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a deploy workflow that never runs the existing tests",
            ("tests/test_main.py", "def test_ok():\n    assert True\n"),
            (".github/workflows/deploy.yml", """
                on: { push: { branches: [main] } }
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: docker build -t app .
                """)),
        RuleExample.Bad(
            "a GitLab pipeline that only builds and deploys",
            ("src/app.test.js", "test('ok', () => {});\n"),
            (".gitlab-ci.yml", "build:\n  script:\n    - npm ci\n    - npm run build\ndeploy:\n  script:\n    - ./deploy.sh\n")),
        RuleExample.Good(
            "pytest in a multi-line run step",
            ("tests/test_main.py", "def test_ok():\n    assert True\n"),
            (".github/workflows/ci.yml", """
                on: [push]
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          pip install -e .
                          python -m pytest -q
                """)),
        RuleExample.Good(
            "npm run test:unit in GitLab CI",
            ("src/app.test.js", "test('ok', () => {});\n"),
            (".gitlab-ci.yml", "unit:\n  script:\n    - npm ci\n    - npm run test:unit\n")),
        RuleExample.Good(
            "the test runner is installed and run in one chained command",
            ("tests/test_main.py", "def test_ok():\n    assert True\n"),
            (".github/workflows/ci.yml", "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip install -r requirements.txt pytest && pytest -q\n")),
        RuleExample.Good(
            "a job calling a reusable workflow may run the tests there",
            ("tests/test_main.py", "def test_ok():\n    assert True\n"),
            (".github/workflows/ci.yml", "on: [push]\njobs:\n  test:\n    uses: org/shared/.github/workflows/python.yml@v1\n")),
    ];
}
