from __future__ import annotations

from typing import Any

import django_filters as filters
from django.core.exceptions import ValidationError
from django_filters.fields import ModelChoiceField

from tracker.api.filtering import INT64_MAX
from tracker.choices import METRIC_CHOICES
from tracker.models import Event, Source
from verification.models import Discrepancy, DiscrepancyKind, DiscrepancyStatus, Severity, VerifiedFigure


class DiscrepancyFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=DiscrepancyStatus.choices)
    kind = filters.ChoiceFilter(choices=DiscrepancyKind.choices)
    severity = filters.ChoiceFilter(choices=Severity.choices)
    event = filters.NumberFilter(field_name="event_id")
    metric = filters.ChoiceFilter(choices=METRIC_CHOICES)

    class Meta:
        model = Discrepancy
        fields = ["status", "kind", "severity", "event", "metric"]


class _IdChoiceField(ModelChoiceField):
    """A choice by id that refuses numbers no database id can be, before it queries."""

    def to_python(self, value: Any) -> Any:
        if value not in self.empty_values and self.to_field_name is None:
            try:
                number = int(str(value))
            except ValueError:
                number = None
            if number is None or not -INT64_MAX <= number <= INT64_MAX:
                raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdChoiceFilter(filters.ModelChoiceFilter):
    field_class = _IdChoiceField


class FigureFilter(filters.FilterSet):
    """Unknown events and sources are a 400 (api.md), not an empty list."""

    event = IdChoiceFilter(queryset=Event.objects.all(), help_text="Event id.")
    metric = filters.ChoiceFilter(choices=METRIC_CHOICES)
    source = filters.ModelChoiceFilter(
        queryset=Source.objects.all(),
        to_field_name="slug",
        help_text="Source slug, e.g. gaza-health-ministry.",
    )
    as_of_after = filters.DateFilter(
        field_name="as_of", lookup_expr="gte", help_text="as_of on or after (ISO date)."
    )
    as_of_before = filters.DateFilter(
        field_name="as_of", lookup_expr="lte", help_text="as_of on or before (ISO date)."
    )
    updated_since = filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Change feed: figures published, revised or withdrawn at or after this time (ISO 8601); "
        "withdrawn ones come as tombstones.",
    )

    class Meta:
        model = VerifiedFigure
        fields = ["event", "metric", "source", "as_of_after", "as_of_before", "updated_since"]
