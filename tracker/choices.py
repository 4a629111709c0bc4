"""Enumerations of the product vocabulary (spec/domain.md), shared by models, API and admin."""

from __future__ import annotations

from django.db import models

from tracker.extraction import types as vocab


def choice_in(field: str, choices: list[tuple[str, str]] | type[models.TextChoices]) -> models.Q:
    """A CheckConstraint condition: the field holds one of the choices."""
    values = choices.values if isinstance(choices, type) else [value for value, _ in choices]
    return models.Q(**{f"{field}__in": values})


def _choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(v, v.replace("_", " ")) for v in values]


QUALIFIER_CHOICES = _choices(vocab.QUALIFIERS)
METRIC_CHOICES = _choices(vocab.METRICS)
SUBJECT_CLASS_CHOICES = _choices(vocab.SUBJECT_CLASSES)
SCOPE_CHOICES = _choices(vocab.SCOPES)
SOURCE_KIND_CHOICES = [
    ("government", "government"),
    ("ministry", "ministry"),
    ("military", "military"),
    ("un_agency", "UN agency"),
    ("ngo", "NGO"),
    ("media", "media"),
    ("other", "other"),
]


class ArticleStatus(models.TextChoices):
    PENDING = "pending", "pending"
    EXTRACTED = "extracted", "extracted"
    FAILED = "failed", "failed"


class ClaimStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "unreviewed"
    VERIFIED = "verified", "verified"
    REJECTED = "rejected", "rejected"


class EventKind(models.TextChoices):
    INCIDENT = "incident", "incident"
    RUNNING_TOTAL = "running_total", "running total"
