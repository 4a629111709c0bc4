"""Figures pagination: page numbers by default (api.md), a keyset cursor for large pulls.

`?page=N&page_size=M` keeps the contract's `{count, next, previous, results}` in the list's own order.
`?cursor=` (empty for the first page) walks the figures in change order (`updated_at`, then `id`) with a
keyset: no COUNT, no OFFSET, no row skipped or repeated while figures change underneath, so a consumer
keeping a copy pulls `?updated_since=T&cursor=` and follows `next` until it is null.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from rest_framework import pagination
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from tracker.api.pagination import PageNumberPagination

CURSOR_PARAM = "cursor"
CHANGE_ORDER = ("updated_at", "id")


def encode_cursor(updated_at: datetime, pk: int) -> str:
    raw = f"{updated_at.isoformat()}|{pk}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        stamp, pk = raw.rsplit("|", 1)
        when = parse_datetime(stamp)
        if when is None or when.tzinfo is None:
            raise ValueError(stamp)
        return when, int(pk)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise ValidationError(
            {CURSOR_PARAM: ["Invalid cursor: use the `next` link of a previous page."]}
        ) from exc


def wants_cursor(request: Request) -> bool:
    return CURSOR_PARAM in request.query_params


class KeysetCursorPagination(pagination.BasePagination):
    page_size = 50
    max_page_size = 500

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list[Any]:
        self.request = request
        self.page_size = _page_size(request, self.page_size, self.max_page_size)
        token = request.query_params.get(CURSOR_PARAM, "")
        queryset = queryset.order_by(*CHANGE_ORDER)
        if token:
            after, pk = decode_cursor(token)
            queryset = queryset.filter(Q(updated_at__gt=after) | Q(updated_at=after, id__gt=pk))
        rows = list(queryset[: self.page_size + 1])
        self.has_next = len(rows) > self.page_size
        self.rows = rows[: self.page_size]
        return self.rows

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        last = self.rows[-1]
        updated_at, pk = (
            (last["updated_at"], last["id"]) if isinstance(last, dict) else (last.updated_at, last.pk)
        )
        url = self.request.build_absolute_uri()
        return replace_query_param(url, CURSOR_PARAM, encode_cursor(updated_at, pk))

    def get_paginated_response(self, data: Any) -> Response:
        return Response({"next": self.get_next_link(), "previous": None, "results": data})


class FigurePagination(pagination.BasePagination):
    """Delegates to page numbers or to the keyset cursor, depending on whether `cursor` is given."""

    def __init__(self) -> None:
        self.delegate: pagination.BasePagination = PageNumberPagination()

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list[Any] | None:
        if wants_cursor(request):
            self.delegate = KeysetCursorPagination()
        else:
            self.delegate = PageNumberPagination()
            known = getattr(view, "known_count", None)
            if known is not None:
                # The view already counted the matching figures (with its ETag query): no second COUNT.
                self.delegate.django_paginator_class = _counted_paginator(known)
        return self.delegate.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data: Any) -> Response:
        return self.delegate.get_paginated_response(data)

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "description": "Page-number pages carry `count`; cursor pages (`?cursor=`) leave it out and "
            "have `previous` null.",
            "required": ["next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "example": 123},
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": "page",
                "required": False,
                "in": "query",
                "description": "Page number (page-number pagination, the default).",
                "schema": {"type": "integer", "minimum": 1},
            },
            {
                "name": "page_size",
                "required": False,
                "in": "query",
                "description": "Results per page, up to 500.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 500},
            },
            {
                "name": CURSOR_PARAM,
                "required": False,
                "in": "query",
                "description": "Keyset cursor for large pulls: give it empty for the first page, then follow "
                "`next`. Pages are in change order (updated_at, id) and carry no `count`.",
                "schema": {"type": "string"},
            },
        ]

    def get_results(self, data: dict[str, Any]) -> Any:
        return data["results"]


def _counted_paginator(count: int) -> type[Paginator]:
    class CountedPaginator(Paginator):
        @cached_property
        def count(self) -> int:
            return count

    return CountedPaginator


def _page_size(request: Request, default: int, maximum: int) -> int:
    raw = request.query_params.get("page_size")
    if not raw:
        return default
    try:
        size = int(raw)
    except ValueError:
        return default
    return max(1, min(size, maximum))


__all__ = [
    "CURSOR_PARAM",
    "FigurePagination",
    "KeysetCursorPagination",
    "decode_cursor",
    "encode_cursor",
    "wants_cursor",
]
