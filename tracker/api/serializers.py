from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import serializers

from tracker.api.errors import PayloadTooLarge
from tracker.api.fields import FigureField
from tracker.models import Article, Claim, Event, Source


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "slug", "name"]


class SourceSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = ["id", "slug", "name", "kind", "confirmed", "aliases", "merged_into"]

    def get_aliases(self, obj: Source) -> list[str]:
        return [alias.alias for alias in obj.aliases.all()]


class EventSerializer(serializers.ModelSerializer):
    class Meta:
        model = Event
        fields = ["id", "slug", "title", "kind", "day", "since", "places", "incident_terms", "merged_into"]


class ClaimSerializer(serializers.ModelSerializer):
    source = SourceBriefSerializer(read_only=True, allow_null=True)
    value = FigureField()
    value_high = FigureField(allow_null=True)
    low = FigureField(allow_null=True)
    high = FigureField(allow_null=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "event",
            "quote",
            "sentence",
            "char_start",
            "char_end",
            "value",
            "value_high",
            "low",
            "high",
            "qualifier",
            "metric",
            "subject",
            "subject_class",
            "source",
            "attribution",
            "scope",
            "since",
            "as_of",
            "status",
        ]


class ArticleSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="outlet.name", read_only=True)
    claims = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "outlet",
            "url",
            "title",
            "published_at",
            "language",
            "text",
            "status",
            "error",
            "extractor_version",
            "claims",
        ]


class ArticleIngestSerializer(serializers.Serializer):
    """What a client sends to ingest one article."""

    outlet = serializers.CharField(max_length=200)
    published_at = serializers.DateTimeField(
        help_text="ISO 8601 with a timezone, e.g. 2024-08-10T14:05:00Z; naive times are refused."
    )
    text = serializers.CharField(trim_whitespace=False)
    url = serializers.URLField(max_length=1000, required=False, allow_blank=True, allow_null=True)
    title = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    language = serializers.CharField(max_length=12, required=False, default="en")

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise serializers.ValidationError({"non_field_errors": ["Send a JSON object."]})
        text = data.get("text")
        if isinstance(text, str) and len(text) > settings.TRACKER_MAX_ARTICLE_CHARS:
            raise PayloadTooLarge(
                {
                    "text": [
                        f"Article text is over the limit of {settings.TRACKER_MAX_ARTICLE_CHARS} characters."
                    ]
                }
            )
        return super().to_internal_value(data)

    def validate_published_at(self, value: Any) -> Any:
        raw = self.initial_data.get("published_at") if isinstance(self.initial_data, dict) else None
        if isinstance(raw, str) and not _has_offset(raw):
            raise serializers.ValidationError("Give a timezone (for example 2024-08-10T14:05:00Z).")
        return value

    def validate_text(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("This field may not be blank.")
        return value


def _has_offset(raw: str) -> bool:
    from django.utils.dateparse import parse_datetime

    try:
        parsed = parse_datetime(raw.strip())
    except ValueError:
        return True  # let the field report the format error
    return parsed is None or parsed.tzinfo is not None
