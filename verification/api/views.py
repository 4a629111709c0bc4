from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from tracker.api.permissions import PublicFiguresOrAuthenticated, ReadOrEditor, ReadOrIngest
from verification.api import filters, serializers
from verification.models import ComparisonRun, Discrepancy, FigureStatus, RunTrigger, VerifiedFigure
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
        responses={202: serializers.ComparisonRunSerializer, 400: OpenApiResponse(description="Unknown event.")},
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


class VerifiedFigureViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [PublicFiguresOrAuthenticated]
    serializer_class = serializers.VerifiedFigureSerializer
    filterset_class = filters.FigureFilter

    def get_queryset(self) -> Any:
        return figure_list().filter(status=FigureStatus.PUBLISHED)
