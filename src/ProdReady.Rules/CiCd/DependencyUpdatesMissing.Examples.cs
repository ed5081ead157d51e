using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.CiCd;

public sealed partial class DependencyUpdatesMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Python dependencies and no Dependabot or Renovate",
            ("requirements.txt", "fastapi==0.110.0\n"),
            (".github/workflows/ci.yml", "on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n")),
        RuleExample.Bad(
            "an npm project with no update bot",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }""")),
        RuleExample.Good(
            "Dependabot configured",
            ("requirements.txt", "fastapi==0.110.0\n"),
            (".github/dependabot.yml", "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule: { interval: weekly }\n")),
        RuleExample.Good(
            "Renovate configured",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("renovate.json", """{ "extends": ["config:recommended"] }""")),
    ];
}
