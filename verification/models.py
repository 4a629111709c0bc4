from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from tracker.choices import METRIC_CHOICES, QUALIFIER_CHOICES, SUBJECT_CLASS_CHOICES
from tracker.models import Claim, Event, Source


class RunTrigger(models.TextChoices):
    MANUAL = "manual", "manual (command)"
    API = "api", "API request"
    INGEST = "ingest", "after ingestion"
    SCHEDULE_INCREMENTAL = "schedule_incremental", "schedule (incremental)"
    SCHEDULE_FULL = "schedule_full", "schedule (full)"


class RunStatus(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    DONE = "done", "done"
    FAILED = "failed", "failed"


class DiscrepancyKind(models.TextChoices):
    VALUE_CONFLICT = "value_conflict", "value conflict"
    REVISION_DOWN = "revision_down", "revision down"
    ATTRIBUTION_CONFLICT = "attribution_conflict", "attribution conflict"
    SCOPE_CONFLICT = "scope_conflict", "scope conflict"


class DiscrepancyStatus(models.TextChoices):
    OPEN = "open", "open"
    IN_REVIEW = "in_review", "in review"
    RESOLVED = "resolved", "resolved"
    DISMISSED = "dismissed", "dismissed"


class Severity(models.TextChoices):
    LOW = "low", "low"
    MEDIUM = "medium", "medium"
    HIGH = "high", "high"


class FigureStatus(models.TextChoices):
    PUBLISHED = "published", "published"
    WITHDRAWN = "withdrawn", "withdrawn"


def _in(field: str, choices: type[models.TextChoices]) -> Q:
    return Q(**{f"{field}__in": choices.values})


class ComparisonRun(models.Model):
    trigger = models.CharField(max_length=24, choices=RunTrigger.choices, default=RunTrigger.MANUAL)
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    series_keys = models.JSONField(default=list, blank=True, help_text="Empty: every series.")
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    deliveries = models.PositiveIntegerField(default=0, help_text="How often a worker picked the run up.")
    claims_compared = models.PositiveIntegerField(default=0)
    series_compared = models.PositiveIntegerField(default=0)
    discrepancies_new = models.PositiveIntegerField(default=0)
    discrepancies_updated = models.PositiveIntegerField(default=0)
    discrepancies_unchanged = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=_in("status", RunStatus), name="run_status_valid"),
            models.CheckConstraint(condition=_in("trigger", RunTrigger), name="run_trigger_valid"),
        ]
        indexes = [models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"Comparison run {self.pk} ({self.status})"

    @property
    def stats(self) -> dict[str, int]:
        return {
            "claims_compared": self.claims_compared,
            "series_compared": self.series_compared,
            "discrepancies_new": self.discrepancies_new,
            "discrepancies_updated": self.discrepancies_updated,
            "discrepancies_unchanged": self.discrepancies_unchanged,
        }


class VerifiedFigure(models.Model):
    """What editors publish and API consumers pull."""

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="verified_figures")
    metric = models.CharField(max_length=20, choices=METRIC_CHOICES)
    subject = models.CharField(max_length=300, blank=True)
    subject_class = models.CharField(max_length=12, choices=SUBJECT_CLASS_CHOICES, default="people")
    value = models.FloatField()
    value_high = models.FloatField(null=True, blank=True)
    qualifier = models.CharField(max_length=12, choices=QUALIFIER_CHOICES, default="exact")
    low = models.FloatField(null=True, blank=True)
    high = models.FloatField(null=True, blank=True)
    as_of = models.DateField(null=True, blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    evidence = models.ManyToManyField(Claim, blank=True, related_name="verified_figures")
    note = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=FigureStatus.choices, default=FigureStatus.PUBLISHED)
    withdrawn_reason = models.TextField(blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    verified_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    history = HistoricalRecords(m2m_fields=[evidence])

    class Meta:
        ordering = ["-verified_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(low__isnull=True) | Q(high__isnull=True) | Q(low__lte=F("high")),
                name="figure_low_le_high",
            ),
            models.CheckConstraint(condition=_in("status", FigureStatus), name="figure_status_valid"),
        ]
        indexes = [models.Index(fields=["metric"]), models.Index(fields=["as_of"]), models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"{self.value:g} {self.metric} ({self.event})"


class Discrepancy(models.Model):
    """Claims that disagree, for an editor to decide."""

    fingerprint = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=24, choices=DiscrepancyKind.choices)
    status = models.CharField(max_length=12, choices=DiscrepancyStatus.choices, default=DiscrepancyStatus.OPEN)
    severity = models.CharField(max_length=8, choices=Severity.choices, default=Severity.MEDIUM)
    score = models.FloatField(default=0.0)
    explanation = models.TextField()
    reason = models.CharField(max_length=40, blank=True)
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="discrepancies")
    metric = models.CharField(max_length=20, choices=METRIC_CHOICES)
    subject_class = models.CharField(max_length=12, choices=SUBJECT_CLASS_CHOICES, default="people")
    series_key = models.CharField(max_length=300, db_index=True)
    claims = models.ManyToManyField(Claim, through="DiscrepancyClaim", related_name="discrepancies")
    first_detected_at = models.DateTimeField()
    last_detected_at = models.DateTimeField()
    new_evidence = models.BooleanField(
        default=False, help_text="Claims joined after an editor decided; the decision stands until reviewed."
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolution = models.TextField(blank=True, help_text="The accepted figure, or why it was dismissed.")
    verified_figure = models.ForeignKey(
        VerifiedFigure, null=True, blank=True, on_delete=models.SET_NULL, related_name="discrepancies"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Optimistic lock for concurrent editors.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["-score", "-last_detected_at"]
        verbose_name_plural = "discrepancies"
        constraints = [
            models.CheckConstraint(condition=_in("kind", DiscrepancyKind), name="discrepancy_kind_valid"),
            models.CheckConstraint(condition=_in("status", DiscrepancyStatus), name="discrepancy_status_valid"),
            models.CheckConstraint(condition=_in("severity", Severity), name="discrepancy_severity_valid"),
        ]
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["kind"]),
            models.Index(fields=["severity"]),
            models.Index(fields=["-score", "-last_detected_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.explanation[:80]}"

    @property
    def is_decided(self) -> bool:
        return self.status in (DiscrepancyStatus.RESOLVED, DiscrepancyStatus.DISMISSED)


class DiscrepancyClaim(models.Model):
    discrepancy = models.ForeignKey(Discrepancy, on_delete=models.CASCADE, related_name="links")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="discrepancy_links")
    added_at = models.DateTimeField(auto_now_add=True)
    after_decision = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["discrepancy", "claim"], name="discrepancy_claim_unique")]
