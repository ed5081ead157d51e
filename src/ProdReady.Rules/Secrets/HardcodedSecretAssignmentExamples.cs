using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Secrets;

internal static class HardcodedSecretAssignmentExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "secrets in Java, Go and a shell script",
            ("src/main/java/shop/Payments.java", """
                private static final String API_TOKEN = "[|Qm7vX2kL9pR4wT8zN3bY6cH1|]";
                """),
            ("internal/auth/keys.go", """
                var clientSecret = "[|Tz4pW9qL2mX7vK3nR8bC5yJ6|]"
                """),
            ("scripts/deploy.sh", """
                export DEPLOY_TOKEN="[|Hk3mQ8wZ2xV7pL5nT9rB4cY6|]"
                """)),
        RuleExample.Bad(
            "a Dockerfile ENV, Terraform, TOML and INI",
            ("Dockerfile", """
                FROM python:3.12-slim
                ENV API_KEY=[|Wn6pR2qK8vX4mT9zL3bH7cY5|]
                """),
            ("infra/main.tf", """
                resource "aws_db_instance" "main" {
                  password = "[|Zr8xM3qT6wK2vP9nL4bY7cH5|]"
                }
                """),
            ("config/app.toml", """
                [auth]
                client_secret = "[|Lp5vN9qR3wX7mK2tZ8bC4yH6|]"
                """),
            ("conf/service.ini", """
                [smtp]
                password = [|Vx2kQ7mW9pT4zR8nL3bY6cH5|]
                """)),
        RuleExample.Bad(
            "a Kubernetes Secret whose base64 data decodes to a random password",
            ("k8s/db-secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  password: [|UTdtWDJrTDlwUjR3VDh6TjNiWTZjSDE=|]
                """)),
        RuleExample.Good(
            "a PublicKeyToken is a .NET assembly's public identity, not a secret",
            ("CodeCoverage.runsettings", """
                <RunSettings>
                  <PublicKeyTokens>
                    <PublicKeyToken>^B77A5C561934E089$</PublicKeyToken>
                    <PublicKeyToken>^31BF3856AD364E35$</PublicKeyToken>
                  </PublicKeyTokens>
                </RunSettings>
                """)),
        RuleExample.Good(
            "lookups, templates, type declarations and function calls are not literals",
            ("app/Config.java", """
                String apiToken = System.getenv("API_TOKEN");
                String password: str
                """),
            ("deploy/values.yaml", """
                password: ${DB_PASSWORD}
                apiToken: "{{ .Values.token }}"
                client_secret: "%(client_secret)s"
                """),
            ("cmd/main.go", """
                secret := os.Getenv("CLIENT_SECRET")
                token := getToken(ctx)
                """)),
        RuleExample.Good(
            "hashes, UUIDs, SRI integrity values and sequential strings are not secrets",
            ("package-lock.json", """
                "integrity": "sha512-Qm7vX2kL9pR4wT8zN3bY6cH1Qm7vX2kL9pR4wT8zN3bY6cH1"
                """),
            ("conf/ids.ini", """
                api_key_id = 3f2b8c1d-4e5a-4b6c-9d7e-1a2b3c4d5e6f
                token = abcdefghijklmnopqrstuvwxyz
                """)),
        RuleExample.Good(
            "a Kubernetes Secret whose data decodes to a placeholder, and deny-lists naming old secrets",
            ("k8s/secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: app
                data:
                  password: Y2hhbmdlLW1lLWluLXByb2R1Y3Rpb24=
                """),
            ("scripts/check.sh", """
                REVOKED_TOKEN="Qm7vX2kL9pR4wT8zN3bY6cH1"
                """)),
        RuleExample.Good(
            "templates are not reported by the generic detector",
            ("config/app.toml.example", """
                client_secret = "Lp5vN9qR3wX7mK2tZ8bC4yH6"
                """)),
        RuleExample.Good(
            "a generic value in a test is a fixture, however random it looks (provider-format tokens in tests are still reported by their own rules)",
            ("tests/test_login.py", """
                password = "Qm7vX2kL9pR4wT8zN3bY6cH1"
                """)),
    ];
}
