from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from tracker.choices import METRIC_CHOICES, QUALIFIER_CHOICES, SUBJECT_CLASS_CHOICES, choice_in
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
    parts_total = models.PositiveIntegerField(
        default=0, help_text="Parallel parts of a partitioned run (0: the run compared everything itself)."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=choice_in("status", RunStatus), name="run_status_valid"),
            models.CheckConstraint(condition=choice_in("trigger", RunTrigger), name="run_trigger_valid"),
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


class ComparisonRunPart(models.Model):
    """One worker's share of a partitioned run: the events whose ids hash to its index."""

    run = models.ForeignKey(ComparisonRun, on_delete=models.CASCADE, related_name="parts")
    index = models.PositiveIntegerField()
    event_ids = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    deliveries = models.PositiveIntegerField(default=0)
    worker = models.CharField(max_length=200, blank=True, help_text="The worker that finished the part.")
    claims_compared = models.PositiveIntegerField(default=0)
    series_compared = models.PositiveIntegerField(default=0)
    discrepancies_new = models.PositiveIntegerField(default=0)
    discrepancies_updated = models.PositiveIntegerField(default=0)
    discrepancies_unchanged = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["run_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["run", "index"], name="run_part_unique"),
            models.CheckConstraint(condition=choice_in("status", RunStatus), name="run_part_status_valid"),
        ]

    def __str__(self) -> str:
        return f"part {self.index} of run {self.run_id} ({self.status})"


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
            models.CheckConstraint(condition=choice_in("status", FigureStatus), name="figure_status_valid"),
        ]
        indexes = [
            models.Index(fields=["metric"]),
            models.Index(fields=["as_of"]),
            models.Index(fields=["status"]),
            # The figures list's order, and the change feed's keyset cursor.
            models.Index(fields=["-verified_at", "-id"], name="figure_list_order"),
            models.Index(fields=["updated_at", "id"], name="figure_change_order"),
        ]

    def __str__(self) -> str:
        return f"{self.value:g} {self.metric} ({self.event})"


class Discrepancy(models.Model):
    """Claims that disagree, for an editor to decide."""

    fingerprint = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=24, choices=DiscrepancyKind.choices)
    status = models.CharField(
        max_length=12, choices=DiscrepancyStatus.choices, default=DiscrepancyStatus.OPEN
    )
    severity = models.CharField(max_length=8, choices=Severity.choices, default=Severity.MEDIUM)
    score = models.FloatField(default=0.0)
    explanation = models.TextField()
    reason = models.CharField(max_length=40, blank=True)
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="discrepancies"
    )
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
            models.CheckConstraint(
                condition=choice_in("kind", DiscrepancyKind), name="discrepancy_kind_valid"
            ),
            models.CheckConstraint(
                condition=choice_in("status", DiscrepancyStatus), name="discrepancy_status_valid"
            ),
            models.CheckConstraint(
                condition=choice_in("severity", Severity), name="discrepancy_severity_valid"
            ),
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
        constraints = [
            models.UniqueConstraint(fields=["discrepancy", "claim"], name="discrepancy_claim_unique")
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} in discrepancy {self.discrepancy_id}"


# --- webhooks (API consumers) ------------------------------------------------------------------


class WebhookEvent(models.TextChoices):
    FIGURE_PUBLISHED = "figure.published", "figure published"
    FIGURE_REVISED = "figure.revised", "figure revised"
    FIGURE_WITHDRAWN = "figure.withdrawn", "figure withdrawn"


def _default_webhook_events() -> list[str]:
    return list(WebhookEvent.values)


def _new_webhook_secret() -> str:
    import secrets

    return secrets.token_hex(32)


class WebhookSubscription(models.Model):
    """A consumer's URL that gets a signed POST when a figure it can see changes."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=1000)
    secret = models.CharField(max_length=128, default=_new_webhook_secret, help_text="HMAC-SHA256 key.")
    active = models.BooleanField(default=True)
    events = models.JSONField(default=_default_webhook_events, blank=True, help_text="Empty: every event.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["active"])]

    def __str__(self) -> str:
        return f"{self.url} ({self.owner})"

    def wants(self, event: str) -> bool:
        return not self.events or event in self.events


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "pending"
    SENDING = "sending", "sending"
    RETRYING = "retrying", "retrying"
    DELIVERED = "delivered", "delivered"
    FAILED = "failed", "failed"


class WebhookDelivery(models.Model):
    """One POST of one figure change to one subscription, and how it went."""

    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=24, choices=WebhookEvent.choices)
    figure = models.ForeignKey(
        VerifiedFigure, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    change_key = models.CharField(
        max_length=100, help_text="Event, figure and change time: one delivery each."
    )
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    response_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True, help_text="A sending worker's lease.")
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(fields=["subscription", "change_key"], name="webhook_delivery_once"),
            models.CheckConstraint(
                condition=choice_in("status", DeliveryStatus), name="webhook_delivery_status_valid"
            ),
            models.CheckConstraint(
                condition=choice_in("event", WebhookEvent), name="webhook_delivery_event_valid"
            ),
        ]
        indexes = [models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"{self.event} #{self.figure_id} -> {self.subscription.url} ({self.status})"
