from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tracker.extraction import EXTRACTOR_VERSION
from tracker.models import Article, ArticleStatus
from tracker.services.extraction import article_extract


class Command(BaseCommand):
    help = (
        "Extract articles again: failed ones, ones from an older extractor, or all. Reviewed claims are kept."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="Every article.")
        parser.add_argument("--article", type=int, action="append", default=[], help="This article id.")

    def handle(self, *args: Any, **options: Any) -> None:
        articles = Article.objects.all()
        if options["article"]:
            articles = articles.filter(pk__in=options["article"])
        elif not options["all"]:
            articles = articles.filter(
                status__in=[ArticleStatus.FAILED, ArticleStatus.PENDING]
            ) | articles.exclude(extractor_version=EXTRACTOR_VERSION)
        ok = failed = 0
        for article_id in articles.order_by("pk").values_list("pk", flat=True).distinct():
            article = article_extract(article_id=article_id)
            if article is not None and article.status == ArticleStatus.EXTRACTED:
                ok += 1
            else:
                failed += 1
                if article is not None:
                    self.stderr.write(f"article {article_id} failed: {article.error}")
        self.stdout.write(f"re-extracted {ok} articles, {failed} failed (extractor {EXTRACTOR_VERSION})")
