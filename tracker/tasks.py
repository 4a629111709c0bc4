"""Celery tasks: fetch by id, call one service, safe to run twice."""

from __future__ import annotations

from django.db import InterfaceError, OperationalError

from tracker.celery import app


@app.task(
    name="tracker.tasks.extract_article",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_jitter=True,
    max_retries=5,
)
def extract_article(article_id: int) -> str | None:
    from tracker.services.extraction import article_extract

    article = article_extract(article_id=article_id)
    return None if article is None else article.status


@app.task(name="tracker.tasks.reconcile")
def reconcile(older_than_seconds: int = 120) -> dict[str, int]:
    """Beat entry point: the database, not the broker, is the record of work to do.

    Articles left `pending` (their message lost while Redis was down) are queued again; their
    extraction then queues the comparison of what they touched. Events whose claims changed without a
    comparison are found by the incremental comparison schedule.
    """
    from tracker.services.articles import articles_pending

    pending = articles_pending(older_than_seconds=older_than_seconds)
    for article_id in pending:
        extract_article.delay(article_id)
    return {"articles_requeued": len(pending)}
