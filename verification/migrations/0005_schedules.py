"""Default schedules, editable in the admin (django-celery-beat): incremental comparison every 15
minutes, a full comparison nightly, and the reconciler for articles whose extraction message was lost."""

from __future__ import annotations

import json

from django.db import migrations

SCHEDULES = [
    (
        "Compare changed events (incremental)",
        "verification.tasks.scheduled_comparison",
        {"full": False},
        ("interval", 15),
    ),
    (
        "Compare everything (full, nightly)",
        "verification.tasks.scheduled_comparison",
        {"full": True},
        ("crontab", "30 2"),
    ),
    ("Re-queue articles left pending", "tracker.tasks.reconcile", {}, ("interval", 5)),
]


def create_schedules(apps, schema_editor):  # type: ignore[no-untyped-def]
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, kwargs, (kind, when) in SCHEDULES:
        fields = {"task": task, "kwargs": json.dumps(kwargs), "enabled": True}
        if kind == "interval":
            fields["interval"], _ = IntervalSchedule.objects.get_or_create(every=when, period="minutes")
        else:
            minute, hour = when.split()
            fields["crontab"], _ = CrontabSchedule.objects.get_or_create(
                minute=minute, hour=hour, day_of_week="*", day_of_month="*", month_of_year="*", timezone="UTC"
            )
        PeriodicTask.objects.update_or_create(name=name, defaults=fields)


def remove_schedules(apps, schema_editor):  # type: ignore[no-untyped-def]
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[name for name, *_ in SCHEDULES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("verification", "0004_runs_parts"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedules, remove_schedules)]
