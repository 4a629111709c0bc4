"""The filter backend: numbers in filters are bounded to what the database holds (a 400, never a 500)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django_filters.rest_framework import DjangoFilterBackend

INT64_MAX = 2**63 - 1


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
        return filterset
