"""Runs the pure extractor over a stored article and writes its claims."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tracker.extraction import EXTRACTOR_VERSION, extract_claims
from tracker.extraction.qualifiers import Tolerances
from tracker.extraction.types import ExtractedClaim
from tracker.models import Article, ArticleStatus, Claim
from tracker.services.events import events_link
from tracker.services.sources import source_for_match, source_registry_load

logger = logging.getLogger(__name__)

COMPARE_TOUCHED_TASK = "verification.tasks.compare_touched_events"


def tolerances_from_settings() -> Tolerances:
    return Tolerances(**settings.TRACKER_TOLERANCES)


def _overlaps(claim: ExtractedClaim, kept: Iterable[Claim]) -> bool:
    return any(claim.char_start < k.char_end and k.char_start < claim.char_end for k in kept)


def article_extract(*, article_id: int) -> Article | None:
    """Extract an article's claims; safe to run twice.

    Machine claims are replaced; claims an editor reviewed or corrected are kept, and a new machine
    claim over the same words is dropped in their favour. An extractor error marks the article
    `failed` with the error and writes no claim.
    """
    article = Article.objects.select_related("outlet").filter(pk=article_id).first()
    if article is None:
        return None
    registry = source_registry_load()
    try:
        extracted = extract_claims(
            article.text,
            published_at=article.published_at,
            title=article.title,
            registry=registry,
            tolerances=tolerances_from_settings(),
        )
    except Exception as exc:
        # The extractor's own failure is the article's: recorded, and `reextract` retries it.
        # Database errors below are not caught, so the task retries them with backoff.
        logger.exception("extraction failed for article %s", article_id)
        Article.objects.filter(pk=article_id).update(
            status=ArticleStatus.FAILED,
            error=f"{type(exc).__name__}: {exc}"[:5000],
            updated_at=timezone.now(),
        )
        article.refresh_from_db()
        return article
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        touched = _store_claims(article, extracted)
        article.status = ArticleStatus.EXTRACTED
        article.error = ""
        article.extractor_version = EXTRACTOR_VERSION
        article.extracted_at = timezone.now()
        article.save(update_fields=["status", "error", "extractor_version", "extracted_at", "updated_at"])
        if touched:
            events_mark_changed(touched)
            transaction.on_commit(lambda: _queue_comparison(touched), robust=True)
    return article


def _store_claims(article: Article, extracted: list[ExtractedClaim]) -> set[int]:
    existing = list(article.claims.all())
    kept = [c for c in existing if c.is_reviewed]
    stale = [c for c in existing if not c.is_reviewed]
    touched = {c.event_id for c in existing if c.event_id}
    Claim.objects.filter(pk__in=[c.pk for c in stale]).delete()

    fresh = [c for c in extracted if not _overlaps(c, kept)]
    events = events_link(article, fresh)
    rows = []
    for claim, event in zip(fresh, events, strict=True):
        source = source_for_match(claim.source) if claim.source is not None else None
        rows.append(
            Claim(
                article=article,
                event=event,
                char_start=claim.char_start,
                char_end=claim.char_end,
                quote=claim.quote[:500],
                sentence=claim.sentence,
                value=claim.value,
                value_high=claim.value_high,
                qualifier=claim.qualifier,
                low=claim.low,
                high=claim.high,
                metric=claim.metric,
                subject=claim.subject[:300],
                subject_class=claim.subject_class,
                currency=claim.currency[:8],
                source=source,
                attribution=claim.attribution[:500],
                scope=claim.scope,
                since=claim.since,
                as_of=claim.as_of,
                extractor_version=EXTRACTOR_VERSION,
            )
        )
        if event is not None:
            touched.add(event.pk)
    Claim.objects.bulk_create(rows)
    return touched


def events_mark_changed(event_ids: set[int]) -> None:
    from tracker.models import Event

    Event.objects.filter(pk__in=event_ids).update(claims_changed_at=timezone.now())


def _queue_comparison(event_ids: set[int]) -> None:
    """One comparison per debounce window: the first article of a burst queues it with a countdown,
    the others find it queued; the task reads what is due from the database when it runs."""
    from django.core.cache import cache

    from tracker.celery import app

    task = app.tasks.get(COMPARE_TOUCHED_TASK)
    if task is None:  # verification app not installed: nothing to compare with
        return
    delay = settings.TRACKER_COMPARE_DEBOUNCE_SECONDS
    if not app.conf.task_always_eager and not cache.add("tracker:compare-queued", 1, timeout=delay):
        return
    task.apply_async(kwargs={"event_ids": sorted(event_ids)}, countdown=delay)
