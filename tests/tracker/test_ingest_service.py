from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.models import Article
from tracker.services.articles import IngestError, article_ingest

pytestmark = pytest.mark.django_db

WHEN = datetime(2024, 8, 10, 12, 0, tzinfo=UTC)


def test_extraction_is_queued_only_when_the_article_is_committed(
    django_capture_on_commit_callbacks, monkeypatch
):
    queued: list[int] = []
    import tracker.tasks

    monkeypatch.setattr(tracker.tasks.extract_article, "delay", queued.append)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = article_ingest(outlet="Wire", published_at=WHEN, text="Five people were hurt.")
    assert queued == []  # nothing runs before the commit
    assert len(callbacks) == 1
    callbacks[0]()
    assert queued == [result.article.pk]


def test_a_naive_datetime_is_refused_naming_the_field():
    with pytest.raises(IngestError) as excinfo:
        article_ingest(outlet="Wire", published_at=datetime(2024, 8, 10), text="Five people were hurt.")
    assert excinfo.value.field == "published_at"
    assert Article.objects.count() == 0


def test_blank_text_is_refused_naming_the_field():
    with pytest.raises(IngestError) as excinfo:
        article_ingest(outlet="Wire", published_at=WHEN, text=" \n\t ")
    assert excinfo.value.field == "text"
