"""Re-extraction after an extractor upgrade: machine claims are replaced, editors' work is kept."""

from __future__ import annotations

from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.models import Article, Claim, ClaimStatus
from tracker.services.articles import article_ingest
from tracker.services.extraction import article_extract

pytestmark = pytest.mark.django_db

TEXT = (
    "Rescuers said at least 40 people were killed in the flood on Saturday. "
    "The regional governor said 120 homes were destroyed."
)


@pytest.fixture
def article():
    result = article_ingest(
        outlet="Valley Wire", published_at=datetime(2025, 3, 9, 12, tzinfo=UTC), text=TEXT, extract=False
    )
    return article_extract(article_id=result.article.pk)


def test_reextraction_replaces_machine_claims_and_keeps_a_verified_one(article):
    verified = article.claims.get(value=40)
    verified.status = ClaimStatus.VERIFIED
    verified.save()
    machine_ids = set(article.claims.exclude(pk=verified.pk).values_list("pk", flat=True))
    assert machine_ids

    Article.objects.filter(pk=article.pk).update(extractor_version="0.9.0")
    call_command("reextract", stdout=StringIO())

    article.refresh_from_db()
    assert article.claims.filter(pk=verified.pk, status=ClaimStatus.VERIFIED).exists()
    assert not Claim.objects.filter(pk__in=machine_ids).exists()  # replaced, not kept
    spans = list(article.claims.values_list("char_start", "char_end"))
    assert len(spans) == len(set(spans))  # no machine duplicate over the verified claim's words
    assert article.claims.filter(value=120).exists()


def test_a_corrected_claim_keeps_the_editors_value_after_reextraction(article):
    claim = article.claims.get(value=40)
    claim.value, claim.low, claim.high, claim.qualifier, claim.corrected = 41, 41, 41, "exact", True
    claim.save()
    article_extract(article_id=article.pk)
    assert Claim.objects.get(pk=claim.pk).value == 41
    assert not article.claims.filter(value=40).exists()


def test_reextract_without_arguments_leaves_current_articles_alone(article):
    ids = set(article.claims.values_list("pk", flat=True))
    out = StringIO()
    call_command("reextract", stdout=out)
    assert "re-extracted 0 articles" in out.getvalue()
    assert set(article.claims.values_list("pk", flat=True)) == ids
