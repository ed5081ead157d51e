using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Performance;

internal static class WorkersAboveCpuLimitExamples
{
    private static string Deployment(string container, string resources, string extra = "") =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n" +
        $"        - name: {container}\n          image: registry.example.com/web:1.4\n{extra}          resources:\n{resources}";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad("gunicorn -w 8 in a Kubernetes container limited to half a CPU (threshold 2 × 0.5 + 1 = 2)",
            ("k8s/web.yaml", Deployment("web", "            limits:\n              cpu: [|500m|]\n              memory: 512Mi\n",
                "          args: [\"gunicorn\", \"-w\", \"8\", \"shop.wsgi\"]\n"))),
        RuleExample.Bad("compose services build images whose CMD runs uvicorn with 6 workers and `fastapi run` with 4, on 1 CPU each",
            ("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nCMD uvicorn app.main:app --host 0.0.0.0 --workers=6\n"),
            ("backend/Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nCMD [\"fastapi\", \"run\", \"--workers\", \"4\"]\n"),
            ("docker-compose.yml", "services:\n  api:\n    build: .\n    deploy:\n      resources:\n        limits:\n          cpus: [|\"1\"|]\n" +
                "  backend:\n    build:\n      context: ./backend\n    deploy:\n      resources:\n        limits:\n          cpus: [|\"1\"|]\n")),
        RuleExample.Bad("a Celery prefork worker with --concurrency 16 on 2 CPUs, and WEB_CONCURRENCY=12 for gunicorn on 1 CPU",
            ("compose.yaml", "services:\n  worker:\n    image: registry.example.com/app:2.0\n    command: celery -A app worker --loglevel=info --concurrency 16\n    cpus: [|2|]\n" +
                "  web:\n    image: registry.example.com/app:2.0\n    command: gunicorn app.wsgi\n    environment:\n      WEB_CONCURRENCY: \"12\"\n    cpus: [|1|]\n")),
        RuleExample.Bad("workers = 12 in the gunicorn configuration file the container's command names",
            ("deploy/gunicorn.conf.py", "bind = \"0.0.0.0:8000\"\nworkers = 12\n"),
            ("k8s/web.yaml", Deployment("web", "            limits: {cpu: [|\"2\"|], memory: 1Gi}\n",
                "          command: [\"gunicorn\", \"-c\", \"deploy/gunicorn.conf.py\", \"app:app\"]\n"))),
        RuleExample.Good("3 workers on 1 CPU is exactly gunicorn's 2 × CPUs + 1",
            ("k8s/web.yaml", Deployment("web", "            limits:\n              cpu: \"1\"\n", "          args: [\"gunicorn\", \"--workers\", \"3\", \"app:app\"]\n"))),
        RuleExample.Good("counts that are not literal cannot be judged: -w from a variable, workers computed in the config file",
            ("gunicorn.conf.py", "import multiprocessing\n\nworkers = multiprocessing.cpu_count() * 2 + 1\n"),
            ("k8s/web.yaml", Deployment("web", "            limits:\n              cpu: 250m\n", "          args: [\"sh\", \"-c\", \"gunicorn -w $WORKERS app:app\"]\n")),
            ("compose.yaml", "services:\n  web:\n    image: registry.example.com/app:2.0\n    command: gunicorn app:app\n    cpus: 0.5\n")),
        RuleExample.Good("a gevent pool runs greenlets, not processes: -c 200 on 1 CPU is normal",
            ("compose.yaml", "services:\n  worker:\n    image: registry.example.com/app:2.0\n    command: [\"celery\", \"-A\", \"app\", \"worker\", \"--pool=gevent\", \"-c\", \"200\"]\n    deploy:\n      resources:\n        limits:\n          cpus: \"1\"\n")),
        RuleExample.Good("the worker count belongs to another container than the small CPU limit (a sidecar)",
            ("k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n" +
                "        - name: web\n          image: registry.example.com/web:1.4\n          args: [\"gunicorn\", \"-w\", \"5\", \"app:app\"]\n          resources:\n            limits: {cpu: \"2\"}\n" +
                "        - name: log-shipper\n          image: fluent/fluent-bit:3.1\n          resources:\n            limits: {cpu: 100m}\n")),
    ];
}
