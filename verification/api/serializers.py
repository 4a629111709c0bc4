from __future__ import annotations

from typing import Any

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
