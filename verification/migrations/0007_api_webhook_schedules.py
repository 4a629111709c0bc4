"""Beat schedules for webhooks, editable in the admin: announce figure changes found in the database every
minute, and re-send deliveries whose message was lost every five minutes."""

from __future__ import annotations

import json

from django.db import migrations

SCHEDULES = [
    ("Announce figure changes to webhooks", "verification.webhooks.webhooks_announce_changes", 1),
    ("Re-send lost webhook deliveries", "verification.webhooks.webhooks_redeliver_due", 5),
]


def create_schedules(apps, schema_editor):  # type: ignore[no-untyped-def]
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, minutes in SCHEDULES:
        interval, _ = IntervalSchedule.objects.get_or_create(every=minutes, period="minutes")
        PeriodicTask.objects.update_or_create(
            name=name,
            defaults={"task": task, "kwargs": json.dumps({}), "interval": interval, "enabled": True},
        )


def remove_schedules(apps, schema_editor):  # type: ignore[no-untyped-def]
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[name for name, *_ in SCHEDULES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("verification", "0006_api_figure_order"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedules, remove_schedules)]
