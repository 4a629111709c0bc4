from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from tracker.api import filters, serializers
from tracker.api.permissions import ReadOrIngest
from tracker.selectors import article_list, claim_list, event_list, source_list
from tracker.services.articles import IngestError, article_ingest


@extend_schema_view(
    create=extend_schema(
        request=serializers.ArticleIngestSerializer,
        responses={
            201: serializers.ArticleSerializer,
            200: OpenApiResponse(
                serializers.ArticleSerializer, description="The same article was already stored."
            ),
            400: OpenApiResponse(description="A field is missing or malformed; the body names each one."),
            413: OpenApiResponse(description="Article text over the configured limit."),
            415: OpenApiResponse(description="The body is not JSON."),
        },
    )
)
class ArticleViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [ReadOrIngest]
    serializer_class = serializers.ArticleSerializer
    filterset_class = filters.ArticleFilter

    def get_queryset(self) -> Any:
        return article_list()

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = serializers.ArticleIngestSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            result = article_ingest(**incoming.validated_data)
        except IngestError as exc:
            return Response({exc.field: [exc.message]}, status=status.HTTP_400_BAD_REQUEST)
        article = self.get_queryset().get(pk=result.article.pk)
        return Response(
            self.get_serializer(article).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.ClaimSerializer
    filterset_class = filters.ClaimFilter

    def get_queryset(self) -> Any:
        return claim_list()


class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilter

    def get_queryset(self) -> Any:
        return source_list()


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilter

    def get_queryset(self) -> Any:
        return event_list()
