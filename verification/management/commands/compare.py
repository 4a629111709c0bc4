from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tracker.models import Event
from verification.models import ComparisonRun, RunTrigger
from verification.services import comparison_run_execute


class Command(BaseCommand):
    help = "Compare figures across articles now (all events, or one) and record the run."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--event", type=int, help="Only this event id.")

    def handle(self, *args: Any, **options: Any) -> None:
        event = None
        if options["event"] is not None:
            event = Event.objects.filter(pk=options["event"]).first()
            if event is None:
                raise CommandError(f"No event with id {options['event']}.")
        run = ComparisonRun.objects.create(trigger=RunTrigger.MANUAL, event=event)
        run = comparison_run_execute(run_id=run.pk)
        assert run is not None
        stats = run.stats
        self.stdout.write(
            f"comparison run {run.pk}: {run.status}; {stats['claims_compared']} claims in "
            f"{stats['series_compared']} series; discrepancies {stats['discrepancies_new']} new, "
            f"{stats['discrepancies_updated']} updated, {stats['discrepancies_unchanged']} unchanged"
        )
        if run.status != "done":
            raise CommandError(run.error)
