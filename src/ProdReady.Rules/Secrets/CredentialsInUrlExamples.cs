using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Secrets;

internal static class CredentialsInUrlExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "a deployment guide with a live PostgreSQL URL and a Redis password pasted into Markdown (seed 000)",
            ("docs/DEPLOYMENT.md", """
                ## Production
                DATABASE_URL=postgresql://sentinel:[|Vq8rT2mK9xLp4wZn|]@prod-db.internal:5432/sentinel
                REDIS_URL=redis://default:[|h7GkP2qX9mWz4RtB|]@cache.prod.internal:6379/0
                """)),
        RuleExample.Bad(
            "MongoDB (+srv), AMQP and JDBC URLs in code and properties, and a .NET connection string",
            ("worker/db.js", """
                const uri = "mongodb+srv://api:[|Zt5nQ8wL2vX7kR4p|]@cluster0.ab12c.mongodb.net/shop";
                """),
            ("src/main/resources/application.properties", """
                spring.rabbitmq.addresses=amqps://shop:[|Lm3xV9qT6wZ2nK8r|]@rabbit.prod.internal
                spring.datasource.url=jdbc:postgresql://db.prod.internal:5432/shop?user=shop&password=[|Rk7wP3zN9qV5xM2t|]
                """),
            ("Api/appsettings.Production.json", """
                { "ConnectionStrings": { "Default": "Server=sql.prod.internal;Database=shop;User Id=shop;Password=[|Xw4qN8vR2kT6mZ9p|];" } }
                """)),
        RuleExample.Bad(
            "a weak literal password on a real host is still a leak (reported one step lower)",
            ("deploy/README.md", """
                psql postgres://admin:[|admin2024|]@10.0.3.17:5432/orders
                """)),
        RuleExample.Good(
            "placeholders, variable references and documentation hosts are not credentials",
            ("README.md", """
                DATABASE_URL=postgresql://user:password@localhost:5432/app
                DATABASE_URL=postgresql://app:${DB_PASSWORD}@db:5432/app
                REDIS_URL=redis://:<password>@redis:6379/0
                AMQP_URL=amqp://guest:***@rabbit:5672
                MONGO_URL=mongodb://user:pass@mongo.example.com/db
                """)),
        RuleExample.Good(
            "a weak development password on localhost in docker-compose is a local default",
            ("docker-compose.yml", """
                services:
                  api:
                    environment:
                      DATABASE_URL: postgres://postgres:postgres@localhost:5432/app
                """)),
        RuleExample.Good(
            ".env.example templates hold placeholders by design",
            (".env.example", """
                DATABASE_URL=postgres://app:Vq8rT2mK9xLp4wZn@db:5432/app
                """)),
    ];
}
