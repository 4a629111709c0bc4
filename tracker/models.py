from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from tracker.choices import (
    METRIC_CHOICES,
    QUALIFIER_CHOICES,
    SCOPE_CHOICES,
    SOURCE_KIND_CHOICES,
    SUBJECT_CLASS_CHOICES,
    ArticleStatus,
    ClaimStatus,
    EventKind,
    choice_in,
)


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Source(models.Model):
    """Who a figure is attributed to: a canonical entry of the source registry."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=SOURCE_KIND_CHOICES, default="other")
    confirmed = models.BooleanField(
        default=False, help_text="Registry sources are confirmed; ones the extractor met first are not."
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_sources"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=choice_in("kind", SOURCE_KIND_CHOICES), name="source_kind_valid")
        ]
        indexes = [models.Index(fields=["kind"]), models.Index(fields=["confirmed"])]

    def __str__(self) -> str:
        return self.name


class SourceAlias(models.Model):
    """A name the source goes by in copy; `normalized` is what the resolver matches on."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)
    normalized = models.CharField(max_length=300, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "source aliases"

    def __str__(self) -> str:
        return self.alias


class Event(models.Model):
    """What a set of figures is about: one incident, or a running total."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    kind = models.CharField(max_length=20, choices=EventKind.choices, default=EventKind.INCIDENT)
    day = models.DateField(null=True, blank=True, help_text="When the incident happened.")
    since = models.DateField(null=True, blank=True, help_text="Start of a running total.")
    # A disaster is reported on for months after its day: the linker is offered the events still being
    # reported on, not only those whose incident day is near the new article's.
    last_reported = models.DateField(
        null=True, blank=True, db_index=True, help_text="Publication day of the latest article linked to it."
    )
    places = models.JSONField(default=list, blank=True)
    incident_terms = models.JSONField(default=list, blank=True)
    keywords = models.JSONField(default=list, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_events"
    )
    # An event whose claims changed after its last comparison is due one; the reconciler finds
    # these in the database, so a lost broker message delays a comparison but never loses it.
    claims_changed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    compared_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-day", "title"]
        constraints = [
            models.CheckConstraint(condition=choice_in("kind", EventKind), name="event_kind_valid")
        ]
        indexes = [models.Index(fields=["day"]), models.Index(fields=["kind"])]

    def __str__(self) -> str:
        return self.title


class Article(models.Model):
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles")
    # NULL, not "", when absent: the url is unique only among articles that have one.
    url = models.URLField(max_length=1000, null=True, blank=True)  # noqa: DJ001
    title = models.CharField(max_length=500, blank=True)
    published_at = models.DateTimeField()
    language = models.CharField(max_length=12, default="en")
    text = models.TextField()
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the normalised text.")
    status = models.CharField(max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.PENDING)
    error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=32, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        permissions = [("ingest", "Can ingest articles and start comparisons")]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"
            ),
            models.UniqueConstraint(fields=["outlet", "content_hash"], name="article_outlet_text_unique"),
            models.CheckConstraint(condition=choice_in("status", ArticleStatus), name="article_status_valid"),
        ]
        indexes = [models.Index(fields=["published_at"]), models.Index(fields=["status"])]

    def __str__(self) -> str:
        return self.title or f"{self.outlet} {self.published_at:%Y-%m-%d}"


class Claim(models.Model):
    """One figure asserted in one article, at one place in its text."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    char_start = models.PositiveIntegerField()
    char_end = models.PositiveIntegerField()
    quote = models.CharField(max_length=500)
    sentence = models.TextField(blank=True)
    value = models.FloatField()
    value_high = models.FloatField(null=True, blank=True)
    qualifier = models.CharField(max_length=12, choices=QUALIFIER_CHOICES, default="exact")
    low = models.FloatField(null=True, blank=True, help_text="Lower bound; empty = unbounded.")
    high = models.FloatField(null=True, blank=True, help_text="Upper bound; empty = unbounded.")
    metric = models.CharField(max_length=20, choices=METRIC_CHOICES, default="count")
    subject = models.CharField(max_length=300, blank=True)
    subject_class = models.CharField(max_length=12, choices=SUBJECT_CLASS_CHOICES, default="other")
    currency = models.CharField(max_length=8, blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT, related_name="claims")
    attribution = models.CharField(max_length=500, blank=True)
    scope = models.CharField(max_length=12, choices=SCOPE_CHOICES, default="incident")
    since = models.DateField(null=True, blank=True)
    as_of = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=ClaimStatus.choices, default=ClaimStatus.UNREVIEWED)
    corrected = models.BooleanField(
        default=False, help_text="An editor corrected what the extractor read; re-extraction keeps it."
    )
    extractor_version = models.CharField(max_length=32, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["article_id", "char_start"]
        constraints = [
            models.CheckConstraint(condition=Q(char_end__gt=F("char_start")), name="claim_span_nonempty"),
            models.CheckConstraint(
                condition=Q(low__isnull=True) | Q(high__isnull=True) | Q(low__lte=F("high")),
                name="claim_low_le_high",
            ),
            models.CheckConstraint(
                condition=Q(value_high__isnull=True) | Q(value_high__gte=F("value")),
                name="claim_range_ordered",
            ),
            models.CheckConstraint(
                condition=choice_in("qualifier", QUALIFIER_CHOICES), name="claim_qualifier_valid"
            ),
            models.CheckConstraint(condition=choice_in("metric", METRIC_CHOICES), name="claim_metric_valid"),
            models.CheckConstraint(
                condition=choice_in("subject_class", SUBJECT_CLASS_CHOICES), name="claim_subject_class_valid"
            ),
            models.CheckConstraint(condition=choice_in("scope", SCOPE_CHOICES), name="claim_scope_valid"),
            models.CheckConstraint(condition=choice_in("status", ClaimStatus), name="claim_status_valid"),
            models.UniqueConstraint(fields=["article", "char_start", "char_end"], name="claim_span_unique"),
        ]
        indexes = [
            models.Index(fields=["metric"]),
            models.Index(fields=["scope"]),
            models.Index(fields=["qualifier"]),
            models.Index(fields=["status"]),
            models.Index(fields=["as_of"]),
            models.Index(fields=["event", "metric", "subject_class"]),
        ]

    def __str__(self) -> str:
        return f"{self.quote} ({self.metric})"

    @property
    def is_reviewed(self) -> bool:
        """Editors' work that re-extraction must not throw away."""
        return self.corrected or self.status != ClaimStatus.UNREVIEWED
