"""Review workflow around a discrepancy: who has it, whether it is being reviewed, reopening a decision.

Resolving and dismissing live in `verification.services`; these share its optimistic lock (`version`)
and raise the same `StaleVersion` / `ReviewError`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q

from tracker.adminkit import EDITORS_GROUP, is_editor
from verification.models import Discrepancy, DiscrepancyStatus, FigureStatus, VerifiedFigure
from verification.services import ReviewError, StaleVersion, _lock, discrepancy_dismiss


def editors() -> Any:
    user_model = get_user_model()
    return (
        user_model.objects.filter(is_active=True)
        .filter(Q(groups__name=EDITORS_GROUP) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


def _save(discrepancy: Discrepancy, user: Any) -> Discrepancy:
    discrepancy.version += 1
    discrepancy._history_user = user  # type: ignore[attr-defined]
    discrepancy.save()
    return discrepancy


def discrepancy_assign(
    *, discrepancy_id: int, user: Any, assignee: Any | None, version: int | None = None
) -> Discrepancy:
    """Give the discrepancy to an editor (or to nobody); its status is left as it is."""
    if assignee is not None and not is_editor(assignee):
        raise ReviewError("assigned_to", f"{assignee} is not an editor.")
    with transaction.atomic():
        discrepancy = _lock(discrepancy_id, version)
        if discrepancy.assigned_to_id == (assignee.pk if assignee else None):
            return discrepancy
        discrepancy.assigned_to = assignee
        return _save(discrepancy, user)


def discrepancy_start_review(*, discrepancy_id: int, user: Any, version: int | None = None) -> Discrepancy:
    """open -> in_review; the reviewer takes it unless someone already has it."""
    with transaction.atomic():
        discrepancy = _lock(discrepancy_id, version)
        if discrepancy.status != DiscrepancyStatus.OPEN:
            raise ReviewError(
                "status", f"Only an open discrepancy can go into review (it is {discrepancy.status})."
            )
        discrepancy.status = DiscrepancyStatus.IN_REVIEW
        if discrepancy.assigned_to_id is None:
            discrepancy.assigned_to = user
        return _save(discrepancy, user)


def discrepancy_reopen(*, discrepancy_id: int, user: Any, version: int | None = None) -> Discrepancy:
    """resolved | dismissed -> in_review with the reopening editor.

    The earlier decision stays in the history and the verified figure it published stays linked and
    published until an editor replaces or withdraws it.
    """
    with transaction.atomic():
        discrepancy = _lock(discrepancy_id, version)
        if not discrepancy.is_decided:
            raise ReviewError("status", "Only a resolved or dismissed discrepancy can be reopened.")
        discrepancy.status = DiscrepancyStatus.IN_REVIEW
        discrepancy.assigned_to = user
        return _save(discrepancy, user)


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)


def discrepancies_assign(*, discrepancy_ids: Iterable[int], user: Any, assignee: Any | None) -> BulkResult:
    result = BulkResult()
    for pk in sorted(set(discrepancy_ids)):
        try:
            discrepancy_assign(discrepancy_id=pk, user=user, assignee=assignee)
        except (ReviewError, Discrepancy.DoesNotExist) as exc:
            result.skipped[pk] = str(exc)
        else:
            result.done.append(pk)
    return result


def discrepancies_dismiss(*, discrepancy_ids: Iterable[int], user: Any, reason: str) -> BulkResult:
    """Dismiss each undecided discrepancy with the same reason (one history row each); decided ones are
    left alone."""
    if not reason or not reason.strip():
        raise ReviewError("reason", "Say why the discrepancies are dismissed.")
    result = BulkResult()
    for pk in sorted(set(discrepancy_ids)):
        current = Discrepancy.objects.filter(pk=pk).values_list("status", "version").first()
        if current is None:
            result.skipped[pk] = "gone"
            continue
        status, version = current
        if status in (DiscrepancyStatus.RESOLVED, DiscrepancyStatus.DISMISSED):
            result.skipped[pk] = f"already {status}"
            continue
        try:
            discrepancy_dismiss(discrepancy_id=pk, user=user, reason=reason, version=version)
        except StaleVersion:
            result.skipped[pk] = "changed by someone else meanwhile"
        else:
            result.done.append(pk)
    return result


def figure_withdraw(*, figure: VerifiedFigure, user: Any, reason: str) -> VerifiedFigure:
    """Take a published figure out of the API; it stays on record with the reason.

    One withdrawal service for the admin and the API side: it locks the row, records the history and
    notifies webhook subscribers (verification.figures)."""
    from verification.figures import figure_withdraw as withdraw

    return withdraw(figure_id=figure.pk, user=user, reason=reason)
    figure.status = FigureStatus.WITHDRAWN
    figure.withdrawn_reason = reason.strip()
    figure._history_user = user  # type: ignore[attr-defined]
    figure.save(update_fields=["status", "withdrawn_reason", "updated_at"])
    return figure
