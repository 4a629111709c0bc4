from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from tracker.ingest_files import ArticleFileError, iter_paths, read_records, record_to_kwargs
from tracker.services.articles import IngestError, article_ingest


class Command(BaseCommand):
    help = (
        "Ingest articles from files and folders: JSON (an object or a list), JSON Lines, or .txt/.md "
        "with a '---' metadata header (outlet, url, published_at, title). Idempotent; a bad file is "
        "reported and the rest go on."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="Files or folders (searched recursively).")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        paths = list(iter_paths(options["paths"]))
        created = existing = failed = 0
        problems: list[str] = []
        bar = tqdm(paths, unit="file", disable=options["no_progress"] or not paths, file=self.stderr._out)
        for path in bar:
            try:
                records = list(read_records(path))
            except ArticleFileError as exc:
                failed += 1
                problems.append(str(exc))
                continue
            for record in records:
                try:
                    result = article_ingest(**record_to_kwargs(record))
                except (ArticleFileError, IngestError) as exc:
                    failed += 1
                    problems.append(f"{record.origin}: {exc}" if isinstance(exc, IngestError) else str(exc))
                    continue
                if result.created:
                    created += 1
                else:
                    existing += 1
        for problem in problems:
            self.stderr.write(self.style.ERROR(f"failed: {problem}"))
        summary = f"ingested {created} new, {existing} already stored, {failed} failed ({len(paths)} files)"
        self.stdout.write(self.style.SUCCESS(summary) if not failed else self.style.WARNING(summary))
