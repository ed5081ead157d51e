using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Configuration;

public sealed partial class CeleryBrokerHardcoded
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Celery app created with a production broker and backend written into the code",
            ("requirements.txt", "celery==5.4.0\nredis==5.0.4\n"),
            ("worker/celery_app.py", """
                from celery import Celery

                celery = Celery("worker", broker=[|"redis://prod-redis.internal:6379/0"|], backend=[|"redis://prod-redis.internal:6379/1"|])
                """)),
        RuleExample.Bad(
            "conf attribute and Flask config class: a remote host, and localhost with no environment variable (low)",
            ("requirements.txt", "flask==3.0.2\ncelery==5.4.0\n"),
            ("app/tasks.py", """
                from celery import Celery

                app = Celery(__name__)
                [|app.conf.broker_url|] = "amqp://rabbit.prod.example.com:5672//"
                """),
            ("app/config.py", """
                class Config:
                    [|CELERY_RESULT_BACKEND|] = "redis://localhost:6379/1"
                """)),
        RuleExample.Good(
            "URLs read from the environment, a localhost default only for development, and Django's namespaced settings",
            ("requirements.txt", "django==5.0.6\ncelery==5.4.0\n"),
            ("proj/celery.py", """
                import os
                from celery import Celery

                app = Celery("proj", broker=os.environ["CELERY_BROKER_URL"])
                app.config_from_object("django.conf:settings", namespace="CELERY")
                """),
            ("proj/settings.py", """
                import os
                CELERY_RESULT_BACKEND = os.getenv("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
                CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}
                """)),
        RuleExample.Good(
            "a password in the URL is the secrets rule's finding, test settings are not production, and rpc:// names no host",
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker.py", """
                from celery import Celery

                app = Celery("worker", broker="amqp://app:Xk29fLq7Rm@rabbit.prod:5672//", backend="rpc://")
                """),
            ("tests/conftest.py", """
                from worker import app
                app.conf.broker_url = "redis://ci-redis:6379/0"
                """)),
    ];
}
