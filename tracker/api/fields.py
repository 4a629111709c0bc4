from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


@extend_schema_field(OpenApiTypes.NUMBER)
class FigureField(serializers.FloatField):
    """A figure as a JSON number: whole numbers without a trailing .0 (93, not 93.0)."""

    def to_representation(self, value: Any) -> float | int:
        number = float(value)
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
