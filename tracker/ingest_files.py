"""Reading article files: JSON, JSON Lines, and text/Markdown with a small metadata header."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from django.utils.dateparse import parse_datetime

SUFFIXES = {".json", ".jsonl", ".ndjson", ".txt", ".md", ".markdown"}
HEADER_KEYS = {"outlet", "url", "published_at", "title", "language", "note"}


class ArticleFileError(ValueError):
    pass


@dataclass(slots=True)
class ArticleRecord:
    origin: str
    fields: dict[str, Any] = field(default_factory=dict)


def iter_paths(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def parse_when(raw: Any, origin: str) -> datetime:
    if isinstance(raw, datetime):
        value: datetime | None = raw
    else:
        try:
            value = parse_datetime(str(raw).strip())
        except ValueError:
            value = None
    if value is None:
        raise ArticleFileError(f"{origin}: published_at {raw!r} is not an ISO 8601 date-time")
    if value.tzinfo is None:
        raise ArticleFileError(f"{origin}: published_at {raw!r} has no timezone")
    return value


def _front_matter(text: str, origin: str) -> tuple[dict[str, str], str]:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ArticleFileError(
            f"{origin}: no metadata header (start the file with --- and outlet/published_at lines)"
        )
    meta: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return meta, "".join(lines[index + 1 :])
        key, sep, value = line.partition(":")
        if not sep:
            raise ArticleFileError(f"{origin}: header line {index + 1} is not 'key: value'")
        meta[key.strip().lower()] = value.strip()
    raise ArticleFileError(f"{origin}: metadata header is not closed with ---")


def read_records(path: Path) -> Iterator[ArticleRecord]:
    """Articles in one file; an unreadable file raises ArticleFileError naming it."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleFileError(f"{path}: cannot read ({exc})") from exc
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ArticleFileError(f"{path}: invalid JSON ({exc})") from exc
        items = (
            data
            if isinstance(data, list)
            else data.get("articles", [data])
            if isinstance(data, dict)
            else None
        )
        if items is None:
            raise ArticleFileError(f"{path}: expected an article object or a list of them")
        for n, item in enumerate(items, start=1):
            yield ArticleRecord(f"{path}[{n}]", item if isinstance(item, dict) else {"_invalid": item})
    elif suffix in {".jsonl", ".ndjson"}:
        for n, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ArticleRecord(f"{path}:{n}", {"_error": f"invalid JSON ({exc})"})
                continue
            yield ArticleRecord(f"{path}:{n}", item if isinstance(item, dict) else {"_invalid": item})
    else:
        meta, body = _front_matter(raw, str(path))
        yield ArticleRecord(str(path), {**meta, "text": body.strip("\n")})


def record_to_kwargs(record: ArticleRecord) -> dict[str, Any]:
    """Validate one record into article_ingest's keyword arguments."""
    data = record.fields
    if "_error" in data:
        raise ArticleFileError(f"{record.origin}: {data['_error']}")
    if "_invalid" in data:
        raise ArticleFileError(f"{record.origin}: expected a JSON object")
    published = data.get("published_at") or data.get("published")
    missing = [k for k in ("outlet", "text") if not str(data.get(k) or "").strip()]
    if not published:
        missing.insert(1, "published_at")
    if missing:
        raise ArticleFileError(f"{record.origin}: missing {', '.join(missing)}")
    return {
        "outlet": str(data["outlet"]),
        "published_at": parse_when(published, record.origin),
        "text": str(data["text"]),
        "url": str(data.get("url") or "") or None,
        "title": str(data.get("title") or ""),
        "language": str(data.get("language") or "en"),
    }
