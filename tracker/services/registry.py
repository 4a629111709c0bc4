"""Editors' writes on the registries: sources, events and claim corrections.

Every change is saved per object or with `bulk_update_with_history`, so each one leaves a history row
with the editor's name; `_history_user` carries the user when there is no request (commands, tasks).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_update_with_history

from tracker.choices import SOURCE_KIND_CHOICES, ClaimStatus, EventKind
from tracker.extraction.qualifiers import Tolerances, interval
from tracker.models import Claim, Event, Source, SourceAlias
from tracker.services.sources import _alias_add


class RegistryError(ValueError):
    """An editor's request the registry cannot carry out; `field` names what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _as(instance: Model, user: Any) -> Model:
    """Attribute the next history row of `instance` to `user` (requests do this through middleware)."""
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user  # type: ignore[attr-defined]
    return instance


def _user(user: Any) -> Any:
    return user if user is not None and getattr(user, "is_authenticated", False) else None


def _mark_events_changed(event_ids: Iterable[int | None]) -> None:
    """Queue the events for comparison through the reconciler's work list (a machine field)."""
    ids = {pk for pk in event_ids if pk}
    if ids:
        Event.objects.filter(pk__in=ids).update(claims_changed_at=timezone.now())


# --- sources -------------------------------------------------------------------------------------


def source_confirm(*, source: Source, user: Any) -> Source:
    if not source.confirmed:
        source.confirmed = True
        _as(source, user).save(update_fields=["confirmed", "updated_at"])
    return source


def source_set_kind(*, source: Source, kind: str, user: Any) -> Source:
    if kind not in dict(SOURCE_KIND_CHOICES):
        raise RegistryError("kind", f"Unknown source kind {kind!r}.")
    if source.kind != kind:
        source.kind = kind
        _as(source, user).save(update_fields=["kind", "updated_at"])
    return source


@transaction.atomic
def source_rename(*, source: Source, name: str, user: Any) -> Source:
    """Give a source its proper name; the old one stays an alias so copy using it still resolves."""
    name = name.strip()
    if not name:
        raise RegistryError("name", "A source needs a name.")
    old = source.name
    if old == name:
        return source
    _alias_add(source, old)
    _alias_add(source, name)
    source.name = name
    _as(source, user).save(update_fields=["name", "updated_at"])
    return source


@transaction.atomic
def source_merge(*, source: Source, into: Source, user: Any) -> int:
    """Fold `source` into `into`: every claim moves over (recorded per claim), the old name stays an alias.

    Returns the number of claims moved.
    """
    if source.pk == into.pk:
        raise RegistryError("into", "A source cannot be merged into itself.")
    if into.merged_into_id is not None:
        raise RegistryError("into", f"{into} was itself merged into another source; merge into that one.")
    now = timezone.now()
    claims = list(Claim.objects.select_for_update().filter(source=source))
    for claim in claims:
        claim.source = into
        claim.updated_at = now
    if claims:
        bulk_update_with_history(
            claims, Claim, ["source", "updated_at"], batch_size=500, default_user=_user(user)
        )
    SourceAlias.objects.filter(source=source).update(source=into)
    _alias_add(into, source.name)
    for child in Source.objects.filter(merged_into=source):
        child.merged_into = into
        _as(child, user).save(update_fields=["merged_into", "updated_at"])
    source.merged_into = into
    source.confirmed = False
    _as(source, user).save(update_fields=["merged_into", "confirmed", "updated_at"])
    _mark_events_changed(c.event_id for c in claims)
    return len(claims)


# --- events --------------------------------------------------------------------------------------


def _unique_event_slug(title: str) -> str:
    base = slugify(title)[:280] or "event"
    slug, n = base, 2
    while Event.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _move_to_event(rows: Sequence[Model], model: type[Model], event: Event, user: Any) -> None:
    for row in rows:
        row.event = event  # type: ignore[attr-defined]
    fields = ["event"] + (["updated_at"] if any(f.name == "updated_at" for f in model._meta.fields) else [])
    if "updated_at" in fields:
        now = timezone.now()
        for row in rows:
            row.updated_at = now  # type: ignore[attr-defined]
    if rows:
        bulk_update_with_history(list(rows), model, fields, batch_size=500, default_user=_user(user))


@transaction.atomic
def event_merge(*, events: Sequence[Event], into: Event, user: Any) -> int:
    """Fold events into `into`: their claims, discrepancies and verified figures move along.

    The merged events stay (marked `merged_into`) so links to them keep working. Returns claims moved.
    """
    from django.apps import apps

    others = [e for e in events if e.pk != into.pk]
    if not others:
        raise RegistryError("into", "Choose at least one other event to merge into this one.")
    ids = [e.pk for e in others]
    claims = list(Claim.objects.select_for_update().filter(event_id__in=ids))
    _move_to_event(claims, Claim, into, user)
    if apps.is_installed("verification"):
        discrepancy_model = apps.get_model("verification", "Discrepancy")
        figure_model = apps.get_model("verification", "VerifiedFigure")
        _move_to_event(
            list(discrepancy_model.objects.filter(event_id__in=ids)), discrepancy_model, into, user
        )
        _move_to_event(list(figure_model.objects.filter(event_id__in=ids)), figure_model, into, user)
    for event in others:
        event.merged_into = into
        _as(event, user).save(update_fields=["merged_into", "updated_at"])
    if into.kind != EventKind.RUNNING_TOTAL and any(e.kind == EventKind.RUNNING_TOTAL for e in others):
        into.since = into.since or min((e.since for e in others if e.since), default=None)
    into.places = sorted(set(into.places) | {p for e in others for p in e.places})
    into.keywords = sorted(set(into.keywords) | {k for e in others for k in e.keywords})
    _as(into, user).save()
    _mark_events_changed([into.pk, *ids])
    return len(claims)


@transaction.atomic
def event_split(*, event: Event, claim_ids: Iterable[int], title: str, user: Any) -> Event:
    """Move some of an event's claims to a new event (same kind and dates) titled `title`."""
    title = title.strip()
    if not title:
        raise RegistryError("title", "Give the new event a title.")
    wanted = set(claim_ids)
    claims = list(Claim.objects.select_for_update().filter(event=event, pk__in=wanted))
    if not claims:
        raise RegistryError("claims", "Choose at least one of this event's claims to move.")
    if len(claims) == Claim.objects.filter(event=event).count():
        raise RegistryError(
            "claims", "Leave at least one claim on the original event (or rename it instead)."
        )
    new = Event(
        title=title[:300],
        slug=_unique_event_slug(title),
        kind=event.kind,
        day=event.day,
        since=event.since,
        places=list(event.places),
        incident_terms=list(event.incident_terms),
    )
    _as(new, user).save()
    _move_to_event(claims, Claim, new, user)
    _mark_events_changed([event.pk, new.pk])
    return new


# --- claims --------------------------------------------------------------------------------------

CORRECTABLE_FIELDS = (
    "value",
    "value_high",
    "qualifier",
    "metric",
    "subject",
    "subject_class",
    "source",
    "event",
    "scope",
    "since",
    "as_of",
)


@transaction.atomic
def claim_correct(*, claim: Claim, user: Any, **changes: Any) -> Claim:
    """Record an editor's correction of what the extractor read.

    The claim is marked `corrected`, so re-extraction keeps it (and drops a machine claim over the same
    words), and the comparison reads the corrected figure. Its interval is derived again from value and
    qualifier. Both the old and the new event are queued for comparison.
    """
    unknown = set(changes) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise RegistryError(sorted(unknown)[0], "This field is not an editor's correction.")
    value = changes.get("value", claim.value)
    value_high = changes.get("value_high", claim.value_high)
    qualifier = changes.get("qualifier", claim.qualifier)
    if value is None:
        raise RegistryError("value", "A claim needs a value.")
    if qualifier == "range" and value_high is None:
        raise RegistryError("value_high", "A range needs its upper value.")
    if qualifier != "range":
        value_high = None
    if value_high is not None and value_high < value:
        raise RegistryError("value_high", "The upper value of a range cannot be below the lower one.")
    old_event_id = claim.event_id
    for field, new in changes.items():
        setattr(claim, field, new)
    claim.value_high = value_high
    claim.low, claim.high = interval(
        float(value), value_high, qualifier, tol=Tolerances(**settings.TRACKER_TOLERANCES)
    )
    claim.corrected = True
    claim.reviewed_by = _user(user)
    claim.reviewed_at = timezone.now()
    _as(claim, user).save()
    _mark_events_changed([old_event_id, claim.event_id])
    return claim


def claim_set_status(*, claim: Claim, status: str, user: Any) -> Claim:
    """Mark a claim verified or rejected (rejected claims drop out of comparison), or unreviewed again."""
    if status not in ClaimStatus.values:
        raise RegistryError("status", f"Unknown claim status {status!r}.")
    if claim.status == status:
        return claim
    claim.status = status
    claim.reviewed_by = _user(user)
    claim.reviewed_at = timezone.now()
    _as(claim, user).save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    _mark_events_changed([claim.event_id])
    return claim
