using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Performance;

public sealed partial class CeleryTimeLimitsMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Celery app with no task time limit, one task of two with its own limit",
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker/app.py", """
                from celery import Celery

                celery = [|Celery|]("worker", include=["worker.tasks"])
                celery.conf.update(task_acks_late=True)
                """),
            ("worker/tasks.py", """
                from worker.app import celery

                @celery.task(time_limit=60)
                def ping():
                    return "pong"

                @celery.task
                def export(report_id):
                    return build(report_id)
                """)),
        RuleExample.Bad(
            "Django project with shared tasks and no CELERY_TASK_TIME_LIMIT (the app lives in an installed package)",
            ("requirements.txt", "django==5.0.6\ncelery==5.4.0\n"),
            ("proj/settings.py", """
                CELERY_TASK_ACKS_LATE = True
                CELERY_TASK_TIME_LIMIT = None
                """),
            ("shop/tasks.py", """
                from celery import shared_task

                @shared_task
                def rebuild_index():
                    return 1
                """)),
        RuleExample.Good(
            "limits in the Django settings (namespace CELERY)",
            ("requirements.txt", "django==5.0.6\ncelery==5.4.0\n"),
            ("proj/settings.py", """
                CELERY_TASK_TIME_LIMIT = 300
                CELERY_TASK_SOFT_TIME_LIMIT = 240
                """),
            ("shop/tasks.py", """
                from celery import shared_task

                @shared_task
                def rebuild_index():
                    return 1
                """)),
        RuleExample.Good(
            "the worker command in the Procfile sets --time-limit",
            ("requirements.txt", "celery==5.4.0\n"),
            ("Procfile", "web: gunicorn app:app\nworker: celery -A worker.app worker --loglevel=info --time-limit=300\n"),
            ("worker/app.py", """
                from celery import Celery

                celery = Celery("worker")

                @celery.task
                def export(report_id):
                    return report_id
                """)),
        RuleExample.Good(
            "every task sets its own limit",
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker/app.py", """
                from celery import Celery

                celery = Celery("worker")
                celery.conf.task_soft_time_limit = None

                @celery.task(soft_time_limit=30)
                def export(report_id):
                    return report_id
                """)),
        RuleExample.Good(
            "the app's Task class sets time_limit for every task",
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker/app.py", """
                from celery import Celery, Task

                class LimitedTask(Task):
                    time_limit = 600

                celery = Celery("worker", task_cls=LimitedTask)

                @celery.task
                def export(report_id):
                    return report_id
                """)),
    ];
}
