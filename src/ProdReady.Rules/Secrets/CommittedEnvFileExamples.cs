using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Secrets;

internal static class CommittedEnvFileExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "a committed .env with a real database password (critical)",
            (".env", """
                DEBUG=false
                [|DB_PASSWORD|]=q8Vt2mXr9LkP4sWz7NcB3hYd
                """)),
        RuleExample.Bad(
            "a committed .env.production with settings only (medium)",
            ("deploy/.env.production", """
                # production settings
                [|LOG_LEVEL|]=info
                WORKERS=4
                """)),
        RuleExample.Bad(
            "a .env.local holding only placeholders (low: it belongs in .env.example)",
            ("web/.env.local", """
                [|API_KEY|]=
                SECRET_KEY=your-secret-key
                """)),
        RuleExample.Bad(
            "a test env file is reported when it holds a real provider token",
            ("api/.env.test", """
                [|STRIPE_KEY|]=sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9vXk2
                """)),
        RuleExample.Good(
            "templates with placeholders are how env files are meant to be committed",
            (".env.example", """
                DB_PASSWORD=change-me
                API_KEY=
                """),
            ("backend/.env.sample", "SECRET_KEY=<generate one>\n"),
            ("backend/.env.template", "SECRET_KEY=${SECRET_KEY}\n")),
        RuleExample.Good(
            "a test env file with throwaway values is a fixture, not a leak",
            (".env.test", """
                DATABASE_URL=sqlite:///test.db
                SECRET_KEY=test-secret
                """)),
    ];
}
