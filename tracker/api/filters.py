"""Filters for the list endpoints. Unknown choice values are a 400, never an empty list."""

from __future__ import annotations

import django_filters as filters

from tracker.choices import (
    METRIC_CHOICES,
    QUALIFIER_CHOICES,
    SCOPE_CHOICES,
    SOURCE_KIND_CHOICES,
    ArticleStatus,
    ClaimStatus,
    EventKind,
)
from tracker.models import Article, Claim, Event, Source


class ArticleFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=ArticleStatus.choices)
    outlet = filters.CharFilter(field_name="outlet__name")
    published_after = filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")

    class Meta:
        model = Article
        fields = ["status", "outlet", "published_after", "published_before"]


class ClaimFilter(filters.FilterSet):
    article = filters.NumberFilter(field_name="article_id")
    event = filters.NumberFilter(field_name="event_id")
    source = filters.CharFilter(field_name="source__slug")
    metric = filters.ChoiceFilter(choices=METRIC_CHOICES)
    scope = filters.ChoiceFilter(choices=SCOPE_CHOICES)
    qualifier = filters.ChoiceFilter(choices=QUALIFIER_CHOICES)
    status = filters.ChoiceFilter(choices=ClaimStatus.choices)
    published_after = filters.IsoDateTimeFilter(field_name="article__published_at", lookup_expr="gte")
    published_before = filters.IsoDateTimeFilter(field_name="article__published_at", lookup_expr="lte")

    class Meta:
        model = Claim
        fields = [
            "article",
            "event",
            "source",
            "metric",
            "scope",
            "qualifier",
            "status",
            "published_after",
            "published_before",
        ]


class SourceFilter(filters.FilterSet):
    slug = filters.CharFilter()
    kind = filters.ChoiceFilter(choices=SOURCE_KIND_CHOICES)
    confirmed = filters.BooleanFilter()
    name = filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Source
        fields = ["slug", "kind", "confirmed", "name"]


class EventFilter(filters.FilterSet):
    slug = filters.CharFilter()
    kind = filters.ChoiceFilter(choices=EventKind.choices)
    day_after = filters.DateFilter(field_name="day", lookup_expr="gte")
    day_before = filters.DateFilter(field_name="day", lookup_expr="lte")
    place = filters.CharFilter(method="filter_place")
    title = filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Event
        fields = ["slug", "kind", "day_after", "day_before", "place", "title"]

    def filter_place(self, queryset, name, value):  # type: ignore[no-untyped-def]
        # JSON containment differs between SQLite and PostgreSQL; a text match on the list works on both.
        return queryset.filter(places__icontains=value)
