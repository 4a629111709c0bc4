"""Links claims to events: the database side of tracker.extraction.events."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from django.db.models import Q

from tracker.choices import EventKind
from tracker.extraction.events import EventLinker, EventRef, candidate_windows
from tracker.extraction.types import ExtractedClaim
from tracker.models import Article, Event

# Incidents further apart than this from the article are never candidates (an earthquake toll keeps
# being reported for weeks; the linker applies tighter windows per kind of incident).
CANDIDATE_WINDOW = timedelta(days=60)
# Articles arrive in any order: an event made from a later report (dated by its publication day, or
# by a rising toll's later day) may be this article's incident, so the window is symmetric.
CANDIDATE_AHEAD = CANDIDATE_WINDOW
_EVENT_FIELDS = ("id", "title", "slug", "kind", "day", "since", "places", "incident_terms", "keywords")


def _unique_slug(base: str) -> str:
    base = base[:280] or "event"
    taken = set(Event.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _candidates(article: Article) -> list[EventRef]:
    day = article.published_at.date()
    wanted = Q(kind=EventKind.RUNNING_TOTAL) | Q(
        day__isnull=True, created_at__gte=article.published_at - CANDIDATE_WINDOW
    )
    wanted |= Q(day__range=(day - CANDIDATE_WINDOW, day + CANDIDATE_AHEAD))
    # ...and the events still being reported on: a flood that began in June in an October report
    wanted |= Q(last_reported__range=(day - CANDIDATE_WINDOW, day + CANDIDATE_AHEAD))
    # an anniversary, a verdict years on, "the attack came eight months after ...": the days the
    # article itself reaches back to
    for start, end in candidate_windows(article.title, article.text, article.published_at)[1:]:
        wanted |= Q(day__range=(start, end))
    rows = Event.objects.filter(merged_into__isnull=True).filter(wanted).values(*_EVENT_FIELDS)
    return [EventRef.from_row(row) for row in rows]


def events_link(article: Article, claims: Sequence[ExtractedClaim]) -> list[Event | None]:
    """The event of each claim, in order; new events are created, known ones learn new places."""
    linker = EventLinker(_candidates(article))
    refs = [linker.link(claim, article.title, article.text, article.published_at) for claim in claims]
    stored: dict[str, Event] = {}
    for ref in linker.new_events:
        row = ref.to_row()
        row["slug"] = _unique_slug(row["slug"])
        stored[ref.key] = Event.objects.create(**row)
    for key, ref in linker.touched.items():
        if ref.id is not None:
            row = ref.to_row()
            # incident_terms carry the linker's class:/family: marks; they are stored exactly as given.
            Event.objects.filter(pk=ref.id).update(
                title=row["title"],
                since=row["since"],
                places=row["places"],
                incident_terms=row["incident_terms"],
                keywords=row["keywords"],
                day=row["day"],
            )
            stored.setdefault(key, Event(pk=ref.id))
    by_id = {e.pk: e for e in Event.objects.filter(pk__in=[r.id for r in refs if r.id is not None])}
    linked = [stored.get(ref.key) or by_id.get(ref.id or -1) for ref in refs]
    day = article.published_at.date()
    Event.objects.filter(pk__in={e.pk for e in linked if e is not None}).filter(
        Q(last_reported__isnull=True) | Q(last_reported__lt=day)
    ).update(last_reported=day)
    return linked
