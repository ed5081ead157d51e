using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Configuration;

public sealed partial class CeleryWriteTaskUnprotected
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Flask-SQLAlchemy task committing an order, and a Django task creating rows, both acknowledged before they run",
            ("requirements.txt", "celery==5.4.0\nflask-sqlalchemy==3.1.1\n"),
            ("app/tasks.py", """
                from celery import shared_task
                from app.extensions import db
                from app.models import Order

                @[|shared_task|]
                def mark_paid(order_id):
                    order = db.session.get(Order, order_id)
                    order.status = "paid"
                    db.session.commit()
                """),
            ("shop/tasks.py", """
                from proj.celery import app
                from shop.models import AuditEntry

                @[|app.task|](name="shop.audit")
                def record(event):
                    AuditEntry.objects.create(event=event)
                """)),
        RuleExample.Bad(
            "a retry policy switched off does not count",
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker/tasks.py", """
                from worker.app import celery

                @[|celery.task|](max_retries=0)
                def save_profile(profile):
                    profile.save()
                """)),
        RuleExample.Good(
            "acks_late, autoretry_for, self.retry in a bound task, a task that only reads or saves an image file, and a custom base class (not followed)",
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker/tasks.py", """
                from worker.app import celery

                @celery.task(acks_late=True)
                def save_profile(profile):
                    profile.save()

                @celery.task(autoretry_for=(ConnectionError,), retry_backoff=True)
                def sync(order):
                    order.save(update_fields=["synced"])

                @celery.task(bind=True)
                def charge(self, payment):
                    try:
                        payment.save()
                    except ConnectionError as exc:
                        raise self.retry(exc=exc)

                @celery.task
                def thumbnail(path):
                    image = Image.open(path)
                    image.save(path + ".thumb.png")
                    return Order.objects.filter(paid=True).count()
                """),
            ("other/tasks.py", """
                from celery import shared_task

                @shared_task(base=DatabaseTask)
                def store(row):
                    row.save()
                """)),
        RuleExample.Good(
            "task_acks_late in the app configuration covers every task",
            ("requirements.txt", "celery==5.4.0\n"),
            ("worker/app.py", """
                from celery import Celery

                celery = Celery("worker")
                celery.conf.update(task_acks_late=True, task_reject_on_worker_lost=True)

                @celery.task
                def store(row):
                    row.save()
                """)),
        RuleExample.Bad(
            "the app's own Task class (task_cls) is followed: it sets neither acks_late nor a retry policy",
            ("requirements.txt", "celery==5.4.0\n"),
            ("proj/celeryconf.py", """
                from celery import Celery, Task

                class LoggedTask(Task):
                    typing = False

                app = Celery("proj", task_cls="proj.celeryconf:LoggedTask")

                @[|app.task|]()
                def close_order(order):
                    order.save()
                """)),
        RuleExample.Good(
            "the Task base class defined in the repository declares autoretry_for",
            ("requirements.txt", "celery==5.4.0\n"),
            ("proj/tasks.py", """
                from celery import Task, shared_task

                class DatabaseTask(Task):
                    autoretry_for = (OperationalError,)
                    retry_backoff = True

                @shared_task(base=DatabaseTask)
                def close_order(order):
                    order.save()
                """)),
    ];
}
