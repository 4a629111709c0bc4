"""Consumers register their own webhook URLs: list, create, read and delete their subscriptions."""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, serializers, viewsets

from verification.models import WebhookEvent, WebhookSubscription


class WebhookSubscriptionSerializer(serializers.ModelSerializer):
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEvent.choices),
        required=False,
        allow_empty=True,
        max_length=len(WebhookEvent.choices),
        help_text="Events to receive; empty or left out: every event.",
    )

    class Meta:
        model = WebhookSubscription
        fields = ["id", "url", "active", "events", "created_at"]
        read_only_fields = ["id", "created_at"]

    def validate_url(self, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise serializers.ValidationError("Give an http(s) URL.")
        if not settings.WEBHOOK_ALLOW_PRIVATE_URLS:
            try:
                address = ipaddress.ip_address(parts.hostname)
            except ValueError:
                address = None  # a name: checked again when it is called
            if (address is not None and not address.is_global) or parts.hostname == "localhost":
                raise serializers.ValidationError("Give a public address.")
        return value


class WebhookSubscriptionCreatedSerializer(WebhookSubscriptionSerializer):
    """The answer to a registration: the only time the signing secret is shown."""

    class Meta(WebhookSubscriptionSerializer.Meta):
        fields = [*WebhookSubscriptionSerializer.Meta.fields, "secret"]
        read_only_fields = [*WebhookSubscriptionSerializer.Meta.read_only_fields, "secret"]


@extend_schema_view(
    create=extend_schema(
        summary="Register a URL for signed figure notifications",
        request=WebhookSubscriptionSerializer,
        responses={
            201: WebhookSubscriptionCreatedSerializer,
            400: OpenApiResponse(description="Not an http(s) URL, a private address, or an unknown event."),
        },
    )
)
class WebhookSubscriptionViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Each user sees and manages only their own subscriptions."""

    permission_classes = [permissions.IsAuthenticated]
    serializer_class = WebhookSubscriptionSerializer

    queryset = WebhookSubscription.objects.none()  # for the schema; requests use get_queryset

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return WebhookSubscription.objects.none()
        return WebhookSubscription.objects.filter(owner=self.request.user).order_by("id")

    def get_serializer_class(self) -> Any:
        return (
            WebhookSubscriptionCreatedSerializer if self.action == "create" else WebhookSubscriptionSerializer
        )

    def perform_create(self, serializer: Any) -> None:
        serializer.save(owner=self.request.user)
