"""The filter backend: numbers and times in filters are bounded to what the database holds (a 400, not a 500)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django_filters.rest_framework import DjangoFilterBackend

INT64_MAX = 2**63 - 1
# PostgreSQL refuses UTC offsets beyond 15:59 ("time zone displacement out of range").
MAX_UTC_OFFSET = timedelta(hours=15, minutes=59)


def storable_datetime(value: datetime) -> None:
    offset = value.utcoffset()
    if offset is not None and abs(offset) > MAX_UTC_OFFSET:
        raise ValidationError("Give a UTC offset between -15:59 and +15:59.", code="offset")
    try:
        value.astimezone(UTC)
    except OverflowError as exc:
        raise ValidationError("This date is out of range.", code="range") from exc


class BoundedFilterBackend(DjangoFilterBackend):
    def get_filterset(self, request: Any, queryset: Any, view: Any) -> Any:
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            for field in filterset.form.fields.values():
                if isinstance(field, forms.DecimalField | forms.IntegerField):
                    field.validators = [
                        *field.validators,
                        MinValueValidator(-INT64_MAX),
                        MaxValueValidator(INT64_MAX),
                    ]
                elif isinstance(field, forms.DateTimeField):
                    field.validators = [*field.validators, storable_datetime]
        return filterset
