"""Reads for the API and admin, with the joins that keep them at a constant number of queries."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from tracker.models import Article, Claim, Event, Source, SourceAlias


def article_list() -> QuerySet[Article]:
    return (
        Article.objects.select_related("outlet")
        .prefetch_related(Prefetch("claims", queryset=Claim.objects.only("id", "article_id")))
        .order_by("-published_at", "-id")
    )


def claim_list() -> QuerySet[Claim]:
    return Claim.objects.select_related("source").order_by("article_id", "char_start", "id")


def source_list() -> QuerySet[Source]:
    return Source.objects.prefetch_related(
        Prefetch("aliases", queryset=SourceAlias.objects.order_by("alias"))
    ).order_by("name", "id")


def event_list() -> QuerySet[Event]:
    return Event.objects.order_by("-day", "id")
