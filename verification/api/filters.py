from __future__ import annotations

import django_filters as filters

from tracker.choices import METRIC_CHOICES
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


class FigureFilter(filters.FilterSet):
    event = filters.NumberFilter(field_name="event_id")
    metric = filters.ChoiceFilter(choices=METRIC_CHOICES)
    source = filters.CharFilter(field_name="source__slug")
    as_of_after = filters.DateFilter(field_name="as_of", lookup_expr="gte")
    as_of_before = filters.DateFilter(field_name="as_of", lookup_expr="lte")
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = VerifiedFigure
        fields = ["event", "metric", "source", "as_of_after", "as_of_before", "updated_since"]
