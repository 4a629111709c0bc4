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
