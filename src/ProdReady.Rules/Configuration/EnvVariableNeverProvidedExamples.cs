using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Configuration;

internal static class EnvVariableNeverProvidedExamples
{
    private const string Compose = "services:\n  web:\n    image: registry.example.com/shop:1.2\n    environment:\n      DATABASE_URL: postgres://db/shop\n";

    private static string Deployment(string env) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n" +
        $"        - name: api\n          image: registry.example.com/api:2.0\n{env}";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad("Django settings require DJANGO_SECRET_KEY; compose provides only DATABASE_URL",
            ("shop/settings.py", "import os\n\nSECRET_KEY = [|os.environ|][\"DJANGO_SECRET_KEY\"]\nDATABASE_URL = os.environ[\"DATABASE_URL\"]\n"),
            ("docker-compose.yml", Compose)),
        RuleExample.Bad("decouple's config() without a default raises; the Kubernetes container sets other variables",
            ("app/payments.py", "from decouple import config\n\nSTRIPE_API_KEY = [|config|](\"STRIPE_API_KEY\")\nTIMEOUT = config(\"STRIPE_TIMEOUT\", default=10, cast=int)\n"),
            ("k8s/api.yaml", Deployment("          env:\n            - name: DATABASE_URL\n              value: postgres://db/api\n"))),
        RuleExample.Good("provided by a ConfigMap in envFrom and a Secret key reference, both in the repository",
            ("app/config.py", "import os\n\nDATABASE_URL = os.environ[\"DATABASE_URL\"]\nAPI_TOKEN = os.environ[\"API_TOKEN\"]\n"),
            ("k8s/api.yaml", Deployment("          envFrom:\n            - configMapRef:\n                name: api-config\n" +
                "          env:\n            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef: {name: api-secrets, key: token}\n") +
                "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  DATABASE_URL: postgres://db/api\n")),
        RuleExample.Good("optional reads: getenv returns None, a default is given, a KeyError is handled, the variable is set in code",
            ("app/settings.py", "import os\n\nos.environ.setdefault(\"APP_MODE\", \"web\")\nMODE = os.environ[\"APP_MODE\"]\nSENTRY_DSN = os.getenv(\"SENTRY_DSN\")\n" +
                "LEVEL = os.environ.get(\"LOG_LEVEL\", \"INFO\")\ntry:\n    REGION = os.environ[\"REGION\"]\nexcept KeyError:\n    REGION = \"eu\"\n"),
            ("docker-compose.yml", Compose)),
        RuleExample.Good("listed in .env.example, and HOME is the platform's",
            ("app/main.py", "import os\n\nREDIS_URL = os.environ[\"REDIS_URL\"]\nCACHE = os.environ[\"HOME\"] + \"/.cache\"\n"),
            (".env.example", "REDIS_URL=redis://localhost:6379/0\n"),
            ("compose.yaml", Compose)),
        RuleExample.Good("compose loads an env file that is not committed: what it provides cannot be known",
            ("app/main.py", "import os\n\nREDIS_URL = os.environ[\"REDIS_URL\"]\n"),
            ("compose.yaml", "services:\n  web:\n    image: registry.example.com/shop:1.2\n    env_file: .env.production\n")),
        RuleExample.Good("compose only runs the database beside an app started by hand: the app's environment is not described",
            ("app/main.py", "import os\n\nSECRET_KEY = os.environ[\"SECRET_KEY\"]\n"),
            ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n")),
        RuleExample.Good("only a Dockerfile: the variables come from whatever runs the image, which is not in the repository",
            ("app/main.py", "import os\n\nREDIS_URL = os.environ[\"REDIS_URL\"]\n"),
            ("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"-m\", \"app.main\"]\n")),
    ];
}
