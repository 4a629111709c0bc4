"""The source registry in the database, and the bridge to the extractor's resolver."""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify

from tracker.extraction.sources import SourceRegistry, normalise
from tracker.extraction.types import SourceMatch
from tracker.models import Source, SourceAlias


def _alias_add(source: Source, alias: str) -> None:
    normalized = normalise(alias)
    if normalized:
        SourceAlias.objects.get_or_create(normalized=normalized, defaults={"source": source, "alias": alias})


@transaction.atomic
def source_registry_seed(*, registry: SourceRegistry | None = None) -> int:
    """Load the canonical registry (seeds/sources.json) into the database; safe to run again."""
    registry = registry or SourceRegistry.default()
    created = 0
    for entry in registry.entries:
        source, was_created = Source.objects.get_or_create(
            slug=entry.slug, defaults={"name": entry.name, "kind": entry.kind, "confirmed": True}
        )
        created += int(was_created)
        for alias in (entry.name, *entry.aliases):
            _alias_add(source, alias)
    return created


def source_registry_load() -> SourceRegistry:
    """The resolver as editors left it: confirmed sources, with every alias merges and renames added."""
    aliases: dict[int, list[str]] = {}
    for source_id, alias in SourceAlias.objects.values_list("source_id", "alias"):
        aliases.setdefault(source_id, []).append(alias)
    rows = [
        {"name": s.name, "slug": s.slug, "kind": s.kind, "aliases": aliases.get(s.pk, [])}
        for s in Source.objects.filter(merged_into__isnull=True, confirmed=True)
    ]
    return SourceRegistry.from_rows(rows, base=SourceRegistry.default())


def source_for_match(match: SourceMatch) -> Source:
    """The database row for a resolved attribution; unknown bodies become unconfirmed sources."""
    source = Source.objects.filter(slug=match.slug).first()
    if source is None:
        normalized = normalise(match.name)
        alias = SourceAlias.objects.select_related("source").filter(normalized=normalized).first()
        source = alias.source if alias else None
    if source is None:
        source, _ = Source.objects.get_or_create(
            slug=slugify(match.slug or match.name)[:200] or "unknown",
            defaults={"name": match.name[:200], "kind": match.kind or "other", "confirmed": match.known},
        )
        _alias_add(source, match.name)
    while source.merged_into_id is not None:
        source = Source.objects.get(pk=source.merged_into_id)
    return source


def source_merge(*, source: Source, into: Source, user: object = None) -> int:
    """Fold `source` into `into`: every claim moves over, the old name stays as an alias.

    Kept for callers of this module; the work (recorded per claim in the history) is
    tracker.services.registry.source_merge.
    """
    from tracker.services.registry import source_merge as registry_source_merge

    return registry_source_merge(source=source, into=into, user=user)
