"""Renderers for the export formats: CSV (streamed by the view) and JSON-LD."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from rest_framework import renderers

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff"


def csv_safe(value: Any) -> Any:
    """Neutralise a cell a spreadsheet would run as a formula by prefixing a quote.

    Numbers stay numbers (a negative figure is not a formula); only text is prefixed.
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_stream(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """UTF-8 with a BOM (so spreadsheets pick the encoding), a header row, then one line per row."""
    writer = csv.writer(_Echo())
    yield (UTF8_BOM + writer.writerow(list(header))).encode()
    for row in rows:
        yield writer.writerow([csv_safe(cell) for cell in row]).encode()


class CSVRenderer(renderers.BaseRenderer):
    """`?format=csv`. Lists are streamed by the view; this renders what is left (a detail, an error)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None
    ) -> bytes:
        if data is None:
            return b""
        rows: list[dict[str, Any]]
        if isinstance(data, dict) and "results" in data:
            rows = list(data["results"])
        elif isinstance(data, list):
            rows = data
        else:
            rows = [data]
        header: list[str] = []
        for row in rows:
            for key in row:
                if key not in header:
                    header.append(key)
        out = io.StringIO()
        for chunk in csv_stream(header, ([_cell(row.get(key)) for key in header] for row in rows)):
            out.write(chunk.decode())
        return out.getvalue().encode()


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


class JSONLDRenderer(renderers.JSONRenderer):
    """`?format=jsonld`: schema.org JSON-LD (the view builds the documents)."""

    media_type = "application/ld+json"
    format = "jsonld"
