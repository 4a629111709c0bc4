from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, renderers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from tracker.api.permissions import PublicFiguresOrAuthenticated, ReadOrEditor, ReadOrIngest
from tracker.api.renderers import CSVRenderer, JSONLDRenderer, csv_stream
from verification.api import docs, filters, serializers
from verification.api.pagination import FigurePagination
from verification.api.serializers import figure_row_representation
from verification.feeds import (
    CSV_HEADER,
    claim_review,
    claim_review_graph,
    etag_for,
    figure_csv_rows,
    figure_feed,
    figure_feed_state,
    figure_values,
    listed,
    with_evidence,
    with_provenance,
)
from verification.models import FigureStatus, RunTrigger, VerifiedFigure
from verification.selectors import comparison_run_list, discrepancy_list, figure_list
from verification.services import (
    ReviewError,
    StaleVersion,
    comparison_run_create,
    discrepancy_dismiss,
    discrepancy_resolve,
)


class ComparisonRunViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [ReadOrIngest]
    serializer_class = serializers.ComparisonRunSerializer

    def get_queryset(self) -> Any:
        return comparison_run_list()

    @extend_schema(
        request=serializers.ComparisonRequestSerializer,
        responses={
            202: serializers.ComparisonRunSerializer,
            400: OpenApiResponse(description="Unknown event."),
        },
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        incoming = serializers.ComparisonRequestSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        run = comparison_run_create(
            trigger=RunTrigger.API, event=incoming.validated_data.get("event"), requested_by=request.user
        )
        run.refresh_from_db()
        body = self.get_serializer(run).data
        return Response(body, status=status.HTTP_202_ACCEPTED)


class DiscrepancyViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [ReadOrEditor]
    serializer_class = serializers.DiscrepancySerializer
    filterset_class = filters.DiscrepancyFilter

    def get_queryset(self) -> Any:
        return discrepancy_list()

    def _decided(self, pk: Any) -> Response:
        return Response(self.get_serializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(
        request=serializers.ResolveSerializer,
        responses={
            200: serializers.VerifiedFigureSerializer,
            400: OpenApiResponse(description="No claim or value, or a claim not in this discrepancy."),
            409: OpenApiResponse(description="Another editor changed the discrepancy first."),
        },
    )
    @action(detail=True, methods=["post"])
    def resolve(self, request: Request, pk: Any = None) -> Response:
        discrepancy = self.get_object()
        incoming = serializers.ResolveSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        try:
            figure = discrepancy_resolve(
                discrepancy_id=discrepancy.pk,
                user=request.user,
                claim_id=data.get("claim"),
                value=data.get("value"),
                value_high=data.get("value_high"),
                qualifier=data.get("qualifier", "exact"),
                note=data.get("note", ""),
                version=data.get("version"),
            )
        except ReviewError as exc:
            return Response({exc.field: [exc.message]}, status=status.HTTP_400_BAD_REQUEST)
        except StaleVersion as exc:
            return Response({"version": [str(exc)]}, status=status.HTTP_409_CONFLICT)
        figure = figure_list().get(pk=figure.pk)
        return Response(serializers.VerifiedFigureSerializer(figure).data)

    @extend_schema(
        request=serializers.DismissSerializer,
        responses={
            200: serializers.DiscrepancySerializer,
            400: OpenApiResponse(description="No reason given."),
            409: OpenApiResponse(description="Another editor changed the discrepancy first."),
        },
    )
    @action(detail=True, methods=["post"])
    def dismiss(self, request: Request, pk: Any = None) -> Response:
        discrepancy = self.get_object()
        incoming = serializers.DismissSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            discrepancy_dismiss(
                discrepancy_id=discrepancy.pk,
                user=request.user,
                reason=incoming.validated_data["reason"],
                version=incoming.validated_data.get("version"),
            )
        except ReviewError as exc:
            return Response({exc.field: [exc.message]}, status=status.HTTP_400_BAD_REQUEST)
        except StaleVersion as exc:
            return Response({"version": [str(exc)]}, status=status.HTTP_409_CONFLICT)
        return self._decided(discrepancy.pk)


_FORMAT_CONTENT = {"csv": "text/csv; charset=utf-8", "jsonld": "application/ld+json"}


@extend_schema_view(
    list=extend_schema(
        summary="Verified figures, with provenance; also the change feed and the exports",
        description="Published figures, newest verified first. With `updated_since` it is a change feed: "
        "figures published, revised or withdrawn since then, withdrawn ones as tombstones `{id, status: "
        '"withdrawn", withdrawn_reason, updated_at}`. `?cursor=` switches to keyset pages in change order '
        "for large pulls. `?format=csv` streams every matching figure as CSV (UTF-8 with BOM, one row per "
        "figure, evidence flattened, formula cells neutralised); `?format=jsonld` gives schema.org "
        "ClaimReview JSON-LD. Answers carry `ETag` and `Last-Modified`; send them back for a 304.",
        parameters=docs.CONDITIONAL_HEADERS,
        responses={
            (200, "application/json"): docs.FIGURE_OR_TOMBSTONE,
            (200, "application/ld+json"): docs.CLAIM_REVIEW_GRAPH,
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV export, streamed."),
            **docs.FIGURE_ERRORS,
        },
    ),
    retrieve=extend_schema(
        summary="One verified figure (a withdrawn one as its tombstone)",
        parameters=docs.CONDITIONAL_HEADERS,
        responses={
            (200, "application/json"): docs.FIGURE_OR_TOMBSTONE,
            (200, "application/ld+json"): docs.CLAIM_REVIEW,
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="The figure as one CSV row."),
            **{code: r for code, r in docs.FIGURE_ERRORS.items() if code != 400},
        },
    ),
)
class VerifiedFigureViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [PublicFiguresOrAuthenticated]
    serializer_class = serializers.FigureOrTombstoneSerializer
    filterset_class = filters.FigureFilter
    pagination_class = FigurePagination
    renderer_classes = [
        renderers.JSONRenderer,
        renderers.BrowsableAPIRenderer,
        CSVRenderer,
        JSONLDRenderer,
    ]

    def get_queryset(self) -> Any:
        # The change feed (updated_since) shows withdrawals; a withdrawn figure's own page is its tombstone.
        withdrawn = self.action == "retrieve" or "updated_since" in self.request.query_params
        return figure_feed(include_withdrawn=withdrawn)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        fmt = request.accepted_renderer.format
        # JSON-LD publishes reviews: a withdrawn figure is no review, so only the JSON and CSV feeds show it.
        withdrawn = "updated_since" in request.query_params and fmt != "jsonld"
        # Filtered once; withdrawn figures count in the state too: withdrawing one changes the list's answer.
        matching = self.filter_queryset(VerifiedFigure.objects.all())
        state = figure_feed_state(matching)
        figures = listed(matching, include_withdrawn=withdrawn)
        if fmt == "jsonld":  # JSON and CSV build plain rows; JSON-LD walks instances with their provenance
            figures = with_provenance(figures)
        # The absolute URL, because pages carry absolute next/previous links.
        etag = etag_for("figures", fmt, request.build_absolute_uri(), state.count, state.last_modified)
        not_modified = get_conditional_response(request, etag=etag, last_modified=_stamp(state.last_modified))
        if not_modified is not None:
            return _with_validators(not_modified, etag, state.last_modified)
        if fmt == "csv":
            rows = csv_stream(CSV_HEADER, figure_csv_rows(figures))
            response: Any = StreamingHttpResponse(rows, content_type=_FORMAT_CONTENT["csv"])
            response["Content-Disposition"] = 'attachment; filename="verified-figures.csv"'
            return _with_validators(response, etag, state.last_modified)
        cache_key = f"figures-page:{etag}"
        cacheable = fmt == "json" and settings.TRACKER_FIGURES_CACHE_SECONDS > 0
        cached = cache.get(cache_key) if cacheable else None
        if cached is not None:
            return _with_validators(_json(cached), etag, state.last_modified)
        self.known_count = state.count if withdrawn else state.published
        page = self.paginate_queryset(figures if fmt == "jsonld" else figure_values(figures))
        if fmt == "jsonld":
            body = claim_review_graph(page, url_of=lambda pk: self._figure_url(pk))
            response = Response(body, content_type=_FORMAT_CONTENT["jsonld"])
            next_link = self.paginator.delegate.get_next_link()
            if next_link:
                response["Link"] = f'<{next_link}>; rel="next"'
        else:
            rows = with_evidence(page)
            tz = timezone.get_current_timezone()
            response = self.get_paginated_response([figure_row_representation(row, tz) for row in rows])
            if cacheable:
                # The rendered bytes, keyed on the ETag: any publication, revision or withdrawal in the
                # filtered set is a new key. A hit costs the token and the state query, no rendering.
                body = renderers.JSONRenderer().render(response.data)
                cache.set(cache_key, body, settings.TRACKER_FIGURES_CACHE_SECONDS)
                response = _json(body)
        return _with_validators(response, etag, state.last_modified)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        figure = self.get_object()
        fmt = request.accepted_renderer.format
        if fmt == "jsonld" and figure.status == FigureStatus.WITHDRAWN:
            raise NotFound("This figure was withdrawn; its tombstone is in the JSON feed.")
        etag = etag_for("figure", fmt, figure.pk, figure.status, figure.updated_at.isoformat())
        not_modified = get_conditional_response(request, etag=etag, last_modified=_stamp(figure.updated_at))
        if not_modified is not None:
            return _with_validators(not_modified, etag, figure.updated_at)
        if fmt == "jsonld":
            response = Response(claim_review(figure, url=self._figure_url(figure.pk)))
        elif fmt == "csv":
            response = StreamingHttpResponse(
                csv_stream(CSV_HEADER, figure_csv_rows(VerifiedFigure.objects.filter(pk=figure.pk))),
                content_type=_FORMAT_CONTENT["csv"],
            )
        else:
            response = Response(self.get_serializer(figure).data)
        return _with_validators(response, etag, figure.updated_at)

    def _figure_url(self, pk: int) -> str:
        return self.request.build_absolute_uri(reverse("figure-detail", args=[pk]))


def _json(body: bytes) -> HttpResponse:
    return HttpResponse(body, content_type="application/json")


def _stamp(when: datetime | None) -> float | None:
    # HTTP dates have whole seconds; compare at that precision (the ETag catches changes within a second).
    return None if when is None else float(int(when.timestamp()))


def _with_validators(response: Any, etag: str, last_modified: datetime | None) -> Any:
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "private, no-cache"
    patch_vary_headers(response, ["Accept", "Authorization", "Cookie"])
    return response
