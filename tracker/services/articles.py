"""Writes for articles: ingestion (idempotent) and queuing their extraction."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from tracker.models import Article, ArticleStatus, Outlet

_WHITESPACE = re.compile(r"\s+")


class IngestError(ValueError):
    """Input that cannot become an article; `field` names what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class IngestResult:
    article: Article
    created: bool


def normalized_text(text: str) -> str:
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalized_text(text).encode("utf-8")).hexdigest()


def _existing(*, outlet: Outlet | None, url: str | None, digest: str) -> Article | None:
    if url:
        found = Article.objects.filter(url=url).first()
        if found is not None:
            return found
    if outlet is not None:
        return Article.objects.filter(outlet=outlet, content_hash=digest).first()
    return None


def article_ingest(
    *,
    outlet: str,
    published_at: datetime,
    text: str,
    url: str | None = None,
    title: str = "",
    language: str = "en",
    extract: bool = True,
) -> IngestResult:
    """Store an article once; the same url, or the same text from the same outlet, returns the first copy.

    Extraction is queued after the commit, so a worker never looks for a row that is not there yet.
    """
    outlet_name = outlet.strip()
    if not outlet_name:
        raise IngestError("outlet", "This field may not be blank.")
    if not normalized_text(text):
        raise IngestError("text", "This field may not be blank.")
    if timezone.is_naive(published_at):
        raise IngestError("published_at", "Give a timezone (for example 2024-08-10T14:05:00Z).")
    url = (url or "").strip() or None
    digest = content_hash(text)

    existing = _existing(outlet=Outlet.objects.filter(name=outlet_name).first(), url=url, digest=digest)
    if existing is not None:
        return IngestResult(existing, created=False)
    try:
        with transaction.atomic():
            outlet_row, _ = Outlet.objects.get_or_create(name=outlet_name)
            article = Article.objects.create(
                outlet=outlet_row,
                url=url,
                title=title.strip(),
                published_at=published_at,
                language=(language or "en").strip() or "en",
                text=text,
                content_hash=digest,
                status=ArticleStatus.PENDING,
            )
            if extract:
                article_queue_extraction(article_id=article.pk)
    except IntegrityError:
        # A concurrent request stored the same article first: answer with that one.
        existing = _existing(outlet=Outlet.objects.filter(name=outlet_name).first(), url=url, digest=digest)
        if existing is None:
            raise
        return IngestResult(existing, created=False)
    return IngestResult(article, created=True)


def article_queue_extraction(*, article_id: int) -> None:
    """Queue extraction after the commit. A broker that is down does not fail the ingest: the article
    is stored as `pending` and the reconciler (`reconcile` task, `manage.py reextract`) queues it later."""
    from tracker.tasks import extract_article

    transaction.on_commit(lambda: extract_article.delay(article_id), robust=True)


def articles_pending(*, older_than_seconds: int) -> list[int]:
    """Articles still waiting for extraction: their message was lost, or never sent."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Article.objects.filter(status=ArticleStatus.PENDING, updated_at__lt=cutoff)
        .order_by("pk")
        .values_list("pk", flat=True)[:1000]
    )
