"""Links claims to events: the database side of tracker.extraction.events."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.text import slugify

from tracker.choices import EventKind
from tracker.extraction.types import ExtractedClaim
from tracker.models import Article, Event


def _unique_slug(title: str) -> str:
    base = slugify(title)[:280] or "event"
    slug, n = base, 2
    while Event.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def events_link(article: Article, claims: Sequence[ExtractedClaim]) -> list[Event | None]:
    """One event per claim (interim: per article incident, per source running total)."""
    linked: list[Event | None] = []
    cache: dict[str, Event] = {}
    for claim in claims:
        if claim.scope == "cumulative":
            who = claim.source.name if claim.source else "unattributed"
            title = f"{who} running total of {claim.metric}"
            kind = EventKind.RUNNING_TOTAL
        else:
            title = article.title or f"{article.outlet} {article.published_at:%Y-%m-%d}"
            kind = EventKind.INCIDENT
        event = cache.get(title)
        if event is None:
            event = Event.objects.filter(title=title).first() or Event.objects.create(
                title=title, slug=_unique_slug(title), kind=kind, day=claim.as_of, since=claim.since
            )
            cache[title] = event
        linked.append(event)
    return linked
