"""Writes on published verified figures: revise and withdraw. Each change notifies webhook subscribers."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.db import transaction

from verification.models import FigureStatus, VerifiedFigure
from verification.services import ReviewError
from verification.webhooks import FIGURE_REVISED, FIGURE_WITHDRAWN, webhooks_enqueue

_UNSET: Any = object()


def _locked(figure_id: int) -> VerifiedFigure:
    return VerifiedFigure.objects.select_for_update().get(pk=figure_id)


def figure_withdraw(*, figure_id: int, user: Any, reason: str) -> VerifiedFigure:
    """Take a figure back. It stays in the change feed as a tombstone with the reason."""
    if not reason or not reason.strip():
        raise ReviewError("reason", "Say why the figure is withdrawn.")
    with transaction.atomic():
        figure = _locked(figure_id)
        if figure.status == FigureStatus.WITHDRAWN:
            return figure  # already withdrawn: nothing changes, nobody is notified twice
        figure.status = FigureStatus.WITHDRAWN
        figure.withdrawn_reason = reason.strip()
        figure._history_user = user  # type: ignore[attr-defined]
        figure.save()
        webhooks_enqueue(figure=figure, event=FIGURE_WITHDRAWN)
    return figure


def figure_revise(
    *,
    figure_id: int,
    user: Any,
    value: float | None = _UNSET,
    value_high: float | None = _UNSET,
    qualifier: str = _UNSET,
    as_of: date | None = _UNSET,
    note: str = _UNSET,
    evidence_ids: list[int] = _UNSET,
) -> VerifiedFigure:
    """Correct a published figure; its interval is derived again from value and qualifier."""
    from tracker.extraction.qualifiers import Tolerances, interval

    with transaction.atomic():
        figure = _locked(figure_id)
        if figure.status == FigureStatus.WITHDRAWN:
            raise ReviewError("status", "A withdrawn figure cannot be revised; publish a new one.")
        if value is not _UNSET:
            if value is None:
                raise ReviewError("value", "A figure needs a value.")
            figure.value = value
        if value_high is not _UNSET:
            figure.value_high = value_high
        if qualifier is not _UNSET:
            figure.qualifier = qualifier
        if as_of is not _UNSET:
            figure.as_of = as_of
        if note is not _UNSET:
            figure.note = note
        if figure.qualifier == "range" and figure.value_high is None:
            raise ReviewError("value_high", "A range needs its upper value.")
        figure.low, figure.high = interval(
            figure.value, figure.value_high, figure.qualifier, tol=Tolerances(**settings.TRACKER_TOLERANCES)
        )
        figure._history_user = user  # type: ignore[attr-defined]
        figure.save()
        if evidence_ids is not _UNSET:
            figure.evidence.set(evidence_ids)
        webhooks_enqueue(figure=figure, event=FIGURE_REVISED)
    return figure
