from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from django.utils import timezone
from rest_framework import serializers

from tracker.api.fields import FigureField
from tracker.api.serializers import SourceBriefSerializer
from tracker.choices import QUALIFIER_CHOICES
from tracker.models import Claim, Event
from verification.models import ComparisonRun, Discrepancy, FigureStatus, VerifiedFigure


class ComparisonRunSerializer(serializers.ModelSerializer):
    stats = serializers.DictField(child=serializers.IntegerField(), read_only=True)

    class Meta:
        model = ComparisonRun
        fields = [
            "id",
            "status",
            "trigger",
            "event",
            "created_at",
            "started_at",
            "finished_at",
            "stats",
            "error",
        ]
        read_only_fields = fields


class ComparisonRequestSerializer(serializers.Serializer):
    event = serializers.PrimaryKeyRelatedField(queryset=Event.objects.all(), required=False, allow_null=True)


class DiscrepancySerializer(serializers.ModelSerializer):
    claims = serializers.SerializerMethodField()

    class Meta:
        model = Discrepancy
        fields = [
            "id",
            "kind",
            "status",
            "severity",
            "score",
            "explanation",
            "reason",
            "event",
            "metric",
            "subject_class",
            "claims",
            "first_detected_at",
            "last_detected_at",
            "new_evidence",
            "resolution",
            "verified_figure",
            "version",
        ]

    def get_claims(self, obj: Discrepancy) -> list[int]:
        return sorted(claim.pk for claim in obj.claims.all())


class ResolveSerializer(serializers.Serializer):
    claim = serializers.IntegerField(required=False, allow_null=True, help_text="Accept this claim's figure.")
    value = serializers.FloatField(required=False, allow_null=True, help_text="Or enter the figure.")
    value_high = serializers.FloatField(required=False, allow_null=True)
    qualifier = serializers.ChoiceField(choices=QUALIFIER_CHOICES, required=False, default="exact")
    note = serializers.CharField(required=False, allow_blank=True, default="")
    version = serializers.IntegerField(required=False, allow_null=True, help_text="Optimistic lock.")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs.get("claim") is None and attrs.get("value") is None:
            raise serializers.ValidationError({"claim": ["Give a claim to accept, or a value."]})
        return attrs


class DismissSerializer(serializers.Serializer):
    reason = serializers.CharField()
    version = serializers.IntegerField(required=False, allow_null=True)


class EvidenceSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="article.outlet.name", read_only=True)
    url = serializers.CharField(source="article.url", read_only=True, allow_null=True)
    published_at = serializers.DateTimeField(source="article.published_at", read_only=True)
    value = FigureField()
    source = SourceBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "outlet",
            "url",
            "published_at",
            "quote",
            "value",
            "qualifier",
            "source",
            "attribution",
        ]

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        # Hand-written for the figures feed's speed; tests pin it to the declared fields' output.
        article = instance.article
        return {
            "id": instance.pk,
            "article": instance.article_id,
            "outlet": article.outlet.name,
            "url": article.url,
            "published_at": _DATETIME.to_representation(article.published_at),
            "quote": instance.quote,
            "value": _figure(instance.value),
            "qualifier": instance.qualifier,
            "source": _source_brief(instance.source),
            "attribution": instance.attribution,
        }


class VerifiedFigureSerializer(serializers.ModelSerializer):
    """A published verified figure with its provenance."""

    value = FigureField()
    value_high = FigureField(allow_null=True)
    low = FigureField(allow_null=True)
    high = FigureField(allow_null=True)
    source = SourceBriefSerializer(read_only=True, allow_null=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    verified_by = serializers.CharField(source="verified_by.get_username", read_only=True)
    event_title = serializers.CharField(source="event.title", read_only=True)
    status = serializers.ChoiceField(choices=[(FigureStatus.PUBLISHED, "published")], read_only=True)

    class Meta:
        model = VerifiedFigure
        fields = [
            "id",
            "event",
            "event_title",
            "metric",
            "subject",
            "subject_class",
            "value",
            "value_high",
            "low",
            "high",
            "qualifier",
            "as_of",
            "source",
            "evidence",
            "verified_by",
            "verified_at",
            "updated_at",
            "note",
            "status",
        ]

    def to_representation(self, instance: VerifiedFigure) -> dict[str, Any]:
        # Hand-written for the figures feed's speed; tests pin it to the declared fields' output.
        evidence = EvidenceSerializer(context=self.context)
        return {
            "id": instance.pk,
            "event": instance.event_id,
            "event_title": instance.event.title,
            "metric": instance.metric,
            "subject": instance.subject,
            "subject_class": instance.subject_class,
            "value": _figure(instance.value),
            "value_high": _figure(instance.value_high),
            "low": _figure(instance.low),
            "high": _figure(instance.high),
            "qualifier": instance.qualifier,
            "as_of": None if instance.as_of is None else instance.as_of.isoformat(),
            "source": _source_brief(instance.source),
            "evidence": [evidence.to_representation(claim) for claim in instance.evidence.all()],
            "verified_by": instance.verified_by.get_username(),
            "verified_at": _DATETIME.to_representation(instance.verified_at),
            "updated_at": _DATETIME.to_representation(instance.updated_at),
            "note": instance.note,
            "status": instance.status,
        }


_DATETIME = serializers.DateTimeField()
_FIGURE = FigureField()


def _figure(value: float | None) -> float | int | None:
    return None if value is None else _FIGURE.to_representation(value)


def _source_brief(source: Any) -> dict[str, Any] | None:
    return None if source is None else {"id": source.pk, "slug": source.slug, "name": source.name}


def figure_row_representation(row: dict[str, Any], tz: tzinfo | None = None) -> dict[str, Any]:
    """A figure from `verification.feeds.figure_rows` (plain values), exactly as the serializers give it.

    Pass the current timezone when rendering many rows: looking it up is most of a timestamp's cost.
    """
    tz = tz or timezone.get_current_timezone()
    if row["status"] == FigureStatus.WITHDRAWN:
        return {
            "id": row["id"],
            "status": row["status"],
            "withdrawn_reason": row["withdrawn_reason"],
            "updated_at": _iso(row["updated_at"], tz),
        }
    return {
        "id": row["id"],
        "event": row["event_id"],
        "event_title": row["event__title"],
        "metric": row["metric"],
        "subject": row["subject"],
        "subject_class": row["subject_class"],
        "value": _figure(row["value"]),
        "value_high": _figure(row["value_high"]),
        "low": _figure(row["low"]),
        "high": _figure(row["high"]),
        "qualifier": row["qualifier"],
        "as_of": None if row["as_of"] is None else row["as_of"].isoformat(),
        "source": None
        if row["source_id"] is None
        else {"id": row["source_id"], "slug": row["source__slug"], "name": row["source__name"]},
        "evidence": [
            {
                "id": e["claim_id"],
                "article": e["claim__article_id"],
                "outlet": e["claim__article__outlet__name"],
                "url": e["claim__article__url"],
                "published_at": _iso(e["claim__article__published_at"], tz),
                "quote": e["claim__quote"],
                "value": _figure(e["claim__value"]),
                "qualifier": e["claim__qualifier"],
                "source": None
                if e["claim__source_id"] is None
                else {
                    "id": e["claim__source_id"],
                    "slug": e["claim__source__slug"],
                    "name": e["claim__source__name"],
                },
                "attribution": e["claim__attribution"],
            }
            for e in row["evidence"]
        ],
        "verified_by": row["verified_by__username"],
        "verified_at": _iso(row["verified_at"], tz),
        "updated_at": _iso(row["updated_at"], tz),
        "note": row["note"],
        "status": row["status"],
    }


def _iso(value: datetime | None, tz: tzinfo) -> str | None:
    """What DRF's DateTimeField renders (in the current timezone, UTC as Z), without its per-call lookups."""
    if value is None:
        return None
    text = value.astimezone(tz).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class FigureTombstoneSerializer(serializers.ModelSerializer):
    """What is left of a withdrawn figure in the change feed: enough for a consumer to delete its copy."""

    status = serializers.ChoiceField(choices=[(FigureStatus.WITHDRAWN, "withdrawn")], read_only=True)

    class Meta:
        model = VerifiedFigure
        fields = ["id", "status", "withdrawn_reason", "updated_at"]
        read_only_fields = fields


class FigureOrTombstoneSerializer(serializers.BaseSerializer):
    """A published figure in full, or a withdrawn one as a tombstone."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Built once per response, not once per row: serializer construction is the costly part.
        self._full = VerifiedFigureSerializer(context=self.context)
        self._tombstone = FigureTombstoneSerializer(context=self.context)

    def to_representation(self, instance: VerifiedFigure) -> dict[str, Any]:
        if instance.status == FigureStatus.WITHDRAWN:
            return self._tombstone.to_representation(instance)
        return self._full.to_representation(instance)
