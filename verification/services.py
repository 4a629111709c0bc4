"""Writes for comparison runs, discrepancies and verified figures."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from celery import group
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from tracker.models import Claim, ClaimStatus, Event
from verification import faults
from verification.engine import Candidate, compare
from verification.models import (
    ComparisonRun,
    ComparisonRunPart,
    Discrepancy,
    DiscrepancyClaim,
    DiscrepancyStatus,
    FigureStatus,
    RunStatus,
    RunTrigger,
    VerifiedFigure,
)
from verification.selectors import claims_frame

logger = logging.getLogger(__name__)


class StaleVersion(Exception):
    """Another editor changed the discrepancy first; the caller reloads and decides again."""


class ReviewError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class UpsertStats:
    new: int
    updated: int
    unchanged: int


# --- comparison runs ---------------------------------------------------------------------------


def comparison_run_create(
    *, trigger: str = RunTrigger.MANUAL, event: Event | None = None, requested_by: Any = None
) -> ComparisonRun:
    """Record a run and queue it after the commit."""
    from verification.tasks import run_comparison

    with transaction.atomic():
        run = ComparisonRun.objects.create(
            trigger=trigger, event=event, requested_by=requested_by if requested_by else None
        )
        transaction.on_commit(lambda: run_comparison.delay(run.pk))
    return run


def _claim_run(run_id: int) -> bool:
    """Take a queued run, or one a dead worker left running, with a conditional UPDATE."""
    claimed = ComparisonRun.objects.filter(
        Q(pk=run_id),
        Q(status=RunStatus.QUEUED) | Q(status=RunStatus.RUNNING),
    ).update(status=RunStatus.RUNNING, started_at=timezone.now(), deliveries=F("deliveries") + 1)
    return claimed == 1


def comparison_run_execute(*, run_id: int) -> ComparisonRun | None:
    """Run a recorded comparison; safe to run twice (a finished run is left alone).

    A full run with TRACKER_COMPARISON_PARTS > 1 on real workers is split into parts (one task each,
    a Celery group) and finished by the last part; everything else compares in this task.
    """
    if not _claim_run(run_id):
        return ComparisonRun.objects.filter(pk=run_id).first()
    run = ComparisonRun.objects.get(pk=run_id)
    if run.deliveries > settings.TRACKER_MAX_DELIVERIES:
        ComparisonRun.objects.filter(pk=run_id).update(
            status=RunStatus.FAILED,
            finished_at=timezone.now(),
            error=f"Given up after {run.deliveries - 1} deliveries that did not finish (worker lost).",
        )
        return ComparisonRun.objects.get(pk=run_id)
    faults.at("comparison", delivery=run.deliveries)
    event_ids = _run_event_ids(run)
    if event_ids is None and _parts_wanted() > 1:
        _dispatch_parts(run)
        return ComparisonRun.objects.get(pk=run_id)
    try:
        stats, series, claims = comparison_compare(event_ids=event_ids)
    except Exception as exc:
        logger.exception("comparison run %s failed", run_id)
        ComparisonRun.objects.filter(pk=run_id).update(
            status=RunStatus.FAILED, finished_at=timezone.now(), error=f"{type(exc).__name__}: {exc}"[:5000]
        )
        raise
    ComparisonRun.objects.filter(pk=run_id).update(
        status=RunStatus.DONE,
        finished_at=timezone.now(),
        error="",
        claims_compared=claims,
        series_compared=series,
        discrepancies_new=stats.new,
        discrepancies_updated=stats.updated,
        discrepancies_unchanged=stats.unchanged,
    )
    return ComparisonRun.objects.get(pk=run_id)


# --- partitioned runs --------------------------------------------------------------------------


def _parts_wanted() -> int:
    from tracker.celery import app

    return 1 if app.conf.task_always_eager else max(1, settings.TRACKER_COMPARISON_PARTS)


def part_of(event_id: int, parts: int) -> int:
    """Stable across processes and hosts. Every series key starts with its event, so partitioning by
    event keeps each series (and a total with its subsets) inside one part."""
    return zlib.crc32(f"e{event_id}".encode()) % parts


def _dispatch_parts(run: ComparisonRun) -> None:
    from verification.tasks import run_comparison_part

    n = _parts_wanted()
    ids = Claim.objects.filter(event__isnull=False).values_list("event_id", flat=True).distinct()
    shares: list[list[int]] = [[] for _ in range(n)]
    for event_id in sorted(set(ids)):
        shares[part_of(event_id, n)].append(event_id)
    with transaction.atomic():
        ComparisonRun.objects.filter(pk=run.pk).update(parts_total=n)
        parts = [
            ComparisonRunPart.objects.get_or_create(run=run, index=i, defaults={"event_ids": share})[0]
            for i, share in enumerate(shares)
        ]
        pending = [p.pk for p in parts if p.status != RunStatus.DONE]
        # A group of independent part tasks; the last part to finish closes the run (no chord, so no
        # result backend is needed and a redelivered part cannot close it twice).
        transaction.on_commit(lambda: group(run_comparison_part.s(pk) for pk in pending).apply_async())


def comparison_part_execute(*, part_id: int, worker: str = "") -> ComparisonRunPart | None:
    claimed = ComparisonRunPart.objects.filter(
        Q(pk=part_id), Q(status=RunStatus.QUEUED) | Q(status=RunStatus.RUNNING)
    ).update(status=RunStatus.RUNNING, started_at=timezone.now(), deliveries=F("deliveries") + 1)
    part = ComparisonRunPart.objects.filter(pk=part_id).first()
    if not claimed or part is None:
        return part
    faults.at("comparison_part", delivery=part.deliveries)
    if part.deliveries > settings.TRACKER_MAX_DELIVERIES:
        ComparisonRunPart.objects.filter(pk=part_id).update(
            status=RunStatus.FAILED, finished_at=timezone.now(), error="Given up after repeated worker loss."
        )
    else:
        try:
            stats, series, claims = comparison_compare(event_ids=part.event_ids)
        except Exception as exc:
            ComparisonRunPart.objects.filter(pk=part_id).update(
                status=RunStatus.FAILED,
                finished_at=timezone.now(),
                error=f"{type(exc).__name__}: {exc}"[:5000],
            )
            _finish_partitioned(part.run_id)
            raise
        ComparisonRunPart.objects.filter(pk=part_id).update(
            status=RunStatus.DONE,
            finished_at=timezone.now(),
            worker=worker[:200],
            claims_compared=claims,
            series_compared=series,
            discrepancies_new=stats.new,
            discrepancies_updated=stats.updated,
            discrepancies_unchanged=stats.unchanged,
        )
    _finish_partitioned(part.run_id)
    return ComparisonRunPart.objects.get(pk=part_id)


def _finish_partitioned(run_id: int) -> None:
    parts = list(ComparisonRunPart.objects.filter(run_id=run_id))
    if any(p.status in (RunStatus.QUEUED, RunStatus.RUNNING) for p in parts):
        return
    failed = [p for p in parts if p.status == RunStatus.FAILED]
    totals = {
        name: sum(getattr(p, name) for p in parts)
        for name in (
            "claims_compared",
            "series_compared",
            "discrepancies_new",
            "discrepancies_updated",
            "discrepancies_unchanged",
        )
    }
    # Conditional: only the first part to see every part finished closes the run.
    ComparisonRun.objects.filter(pk=run_id, status=RunStatus.RUNNING).update(
        status=RunStatus.FAILED if failed else RunStatus.DONE,
        finished_at=timezone.now(),
        error="; ".join(f"part {p.index}: {p.error}" for p in failed)[:5000],
        **totals,
    )


def _run_event_ids(run: ComparisonRun) -> list[int] | None:
    """A recorded run compares one event, or everything; changed events go through
    comparison_compare_due instead."""
    return None if run.event_id is None else [run.event_id]


def events_due() -> QuerySet[Event]:
    """Events whose claims changed after their last comparison (the reconciler's work list)."""
    return Event.objects.filter(claims_changed_at__isnull=False).filter(
        Q(compared_at__isnull=True) | Q(compared_at__lt=F("claims_changed_at"))
    )


def comparison_compare_due(*, trigger: str) -> ComparisonRun | None:
    """Compare the events whose claims changed since their last comparison, once for a burst.

    The due events are locked with SKIP LOCKED for the length of the comparison, so a second task of
    the same burst finds nothing left to do and records no run.
    """
    started = timezone.now()
    try:
        with transaction.atomic():
            ids = list(events_due().select_for_update(skip_locked=True).values_list("pk", flat=True))
            if not ids:
                return None
            stats, series, claims = comparison_compare(event_ids=ids)
            return ComparisonRun.objects.create(
                trigger=trigger,
                status=RunStatus.DONE,
                started_at=started,
                finished_at=timezone.now(),
                deliveries=1,
                claims_compared=claims,
                series_compared=series,
                discrepancies_new=stats.new,
                discrepancies_updated=stats.updated,
                discrepancies_unchanged=stats.unchanged,
            )
    except Exception as exc:
        logger.exception("incremental comparison failed")
        ComparisonRun.objects.create(
            trigger=trigger,
            status=RunStatus.FAILED,
            started_at=started,
            finished_at=timezone.now(),
            deliveries=1,
            error=f"{type(exc).__name__}: {exc}"[:5000],
        )
        raise


def comparison_compare(*, event_ids: Iterable[int] | None = None) -> tuple[UpsertStats, int, int]:
    """Compare the claims of the given events (all when None) and store what disagrees."""
    started = timezone.now()
    ids = None if event_ids is None else sorted(set(event_ids))
    frame = claims_frame(event_ids=ids)
    candidates = compare(frame, now=started) if len(frame) else []
    stats = discrepancies_upsert(candidates, now=started)
    done = Event.objects.all() if ids is None else Event.objects.filter(pk__in=ids)
    # Only events not changed again while this run compared them count as compared.
    done.filter(Q(claims_changed_at__isnull=True) | Q(claims_changed_at__lte=started)).update(
        compared_at=started
    )
    series = int(frame.groupby(["event_id", "metric", "subject_class"]).ngroups) if len(frame) else 0
    return stats, series, len(frame)


def discrepancies_upsert(candidates: Sequence[Candidate], *, now: Any) -> UpsertStats:
    """Store candidates idempotently, keyed on their fingerprint.

    Machine fields are refreshed; an editor's decision (status, resolution) is never touched. Claims
    that join a decided discrepancy are marked as new evidence instead of reopening it.
    """
    if not candidates:
        return UpsertStats(0, 0, 0)
    by_fp = {c.fingerprint: c for c in sorted(candidates, key=lambda c: c.fingerprint)}
    with transaction.atomic():
        before = {
            d.fingerprint: d
            for d in Discrepancy.objects.filter(fingerprint__in=list(by_fp)).prefetch_related("links")
        }
        rows = [
            Discrepancy(
                fingerprint=fp,
                kind=c.kind,
                severity=c.severity,
                score=c.score,
                explanation=c.explanation,
                reason=c.reason,
                event_id=c.event_id,
                metric=c.metric,
                subject_class=c.subject_class,
                series_key=c.series_key[:300],
                first_detected_at=now,
                last_detected_at=now,
            )
            for fp, c in by_fp.items()
        ]
        # ON CONFLICT keeps two concurrent runs from creating the same discrepancy twice.
        Discrepancy.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["fingerprint"],
            update_fields=["severity", "score", "explanation", "reason", "last_detected_at"],
        )
        ids = dict(Discrepancy.objects.filter(fingerprint__in=list(by_fp)).values_list("fingerprint", "id"))
        decided = set(
            Discrepancy.objects.filter(
                fingerprint__in=list(by_fp),
                status__in=[DiscrepancyStatus.RESOLVED, DiscrepancyStatus.DISMISSED],
            ).values_list("fingerprint", flat=True)
        )
        links = []
        new = updated = unchanged = 0
        fresh_evidence: list[int] = []
        for fp, c in by_fp.items():
            old = before.get(fp)
            known = {link.claim_id for link in old.links.all()} if old else set()
            added = [cid for cid in c.claim_ids if cid not in known]
            if old is None:
                new += 1
            elif added:
                updated += 1
            else:
                unchanged += 1
            if added and fp in decided:
                fresh_evidence.append(ids[fp])
            links.extend(
                DiscrepancyClaim(discrepancy_id=ids[fp], claim_id=cid, after_decision=fp in decided)
                for cid in added
            )
        DiscrepancyClaim.objects.bulk_create(links, ignore_conflicts=True)
        if fresh_evidence:
            Discrepancy.objects.filter(pk__in=fresh_evidence).update(new_evidence=True)
    return UpsertStats(new, updated, unchanged)


# --- editorial decisions -----------------------------------------------------------------------


def _lock(discrepancy_id: int, version: int | None) -> Discrepancy:
    discrepancy = Discrepancy.objects.select_for_update().get(pk=discrepancy_id)
    if version is not None and discrepancy.version != version:
        raise StaleVersion(
            f"Discrepancy {discrepancy_id} was changed by someone else (version {discrepancy.version}, "
            f"you had {version}). Reload it and decide again."
        )
    return discrepancy


def discrepancy_resolve(
    *,
    discrepancy_id: int,
    user: Any,
    claim_id: int | None = None,
    value: float | None = None,
    value_high: float | None = None,
    qualifier: str = "exact",
    note: str = "",
    version: int | None = None,
) -> VerifiedFigure:
    """Accept a claim, or a figure an editor enters, and publish it as a verified figure."""
    if claim_id is None and value is None:
        raise ReviewError("claim", "Accept one of the claims or enter a value.")
    with transaction.atomic():
        discrepancy = _lock(discrepancy_id, version)
        evidence = list(discrepancy.claims.select_related("source"))
        accepted: Claim | None = None
        if claim_id is not None:
            accepted = next((c for c in evidence if c.pk == claim_id), None)
            if accepted is None:
                raise ReviewError("claim", f"Claim {claim_id} is not one of this discrepancy's claims.")
        from tracker.extraction.qualifiers import Tolerances, interval

        if accepted is not None:
            figure_value, figure_high, figure_qualifier = (
                accepted.value,
                accepted.value_high,
                accepted.qualifier,
            )
            low, high = accepted.low, accepted.high
            subject, source, as_of = accepted.subject, accepted.source, accepted.as_of
        else:
            assert value is not None
            figure_value, figure_high, figure_qualifier = value, value_high, qualifier
            low, high = interval(value, value_high, qualifier, tol=Tolerances(**settings.TRACKER_TOLERANCES))
            first = evidence[0] if evidence else None
            subject = first.subject if first else ""
            source = None
            as_of = max((c.as_of for c in evidence if c.as_of), default=None)
        if discrepancy.event_id is None:
            raise ReviewError("event", "Link the claims to an event before publishing a figure.")
        now = timezone.now()
        figure = VerifiedFigure(
            event_id=discrepancy.event_id,
            metric=discrepancy.metric,
            subject=subject,
            subject_class=discrepancy.subject_class,
            value=figure_value,
            value_high=figure_high,
            qualifier=figure_qualifier,
            low=low,
            high=high,
            as_of=as_of,
            source=source,
            note=note,
            status=FigureStatus.PUBLISHED,
            verified_by=user,
            verified_at=now,
        )
        figure._history_user = user  # type: ignore[attr-defined]
        figure.save()
        figure.evidence.set(evidence)
        if accepted is not None:
            # Saved per object, not with .update(), so the claim's history records the editor.
            accepted.status = ClaimStatus.VERIFIED
            accepted.reviewed_by = user
            accepted.reviewed_at = now
            accepted._history_user = user  # type: ignore[attr-defined]
            accepted.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
        from verification.webhooks import webhook_published

        webhook_published(figure=figure)  # queued on commit: subscribers hear of it at once
        discrepancy.status = DiscrepancyStatus.RESOLVED
        discrepancy.verified_figure = figure
        discrepancy.resolution = note or f"Accepted {figure_value:g} ({figure_qualifier.replace('_', ' ')})."
        discrepancy.decided_by = user
        discrepancy.decided_at = now
        discrepancy.new_evidence = False
        discrepancy.version += 1
        discrepancy._history_user = user  # type: ignore[attr-defined]
        discrepancy.save()
    return figure


def discrepancy_dismiss(
    *, discrepancy_id: int, user: Any, reason: str, version: int | None = None
) -> Discrepancy:
    if not reason or not reason.strip():
        raise ReviewError("reason", "Say why the discrepancy is dismissed.")
    with transaction.atomic():
        discrepancy = _lock(discrepancy_id, version)
        discrepancy.status = DiscrepancyStatus.DISMISSED
        discrepancy.resolution = reason.strip()
        discrepancy.decided_by = user
        discrepancy.decided_at = timezone.now()
        discrepancy.new_evidence = False
        discrepancy.version += 1
        discrepancy._history_user = user  # type: ignore[attr-defined]
        discrepancy.save()
    return discrepancy
