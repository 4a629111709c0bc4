from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from rest_framework.authtoken.models import Token

from tracker.models import Article, Claim
from tracker.services.sources import source_registry_seed
from verification.models import Discrepancy


def _figure(value: float, high: float | None) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    return f"{text}-{high:,.0f}" if high is not None else text


class Command(BaseCommand):
    help = "The main job on the current database: seed the source registry, ingest seeds/, extract, compare, report."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "paths",
            nargs="*",
            # The articles in seeds/ (numbered .md files), not its README or the source registry.
            default=sorted(str(p) for p in (Path(settings.BASE_DIR) / "seeds").glob("[0-9]*.md")),
        )
        parser.add_argument("--username", default="editor")

    def handle(self, *args: Any, **options: Any) -> None:
        created = source_registry_seed()
        self.stdout.write(f"source registry: {created} sources added")
        call_command("ingest", *options["paths"], no_progress=True, stdout=self.stdout, stderr=self.stderr)
        call_command("reextract", stdout=self.stdout, stderr=self.stderr)
        call_command("compare", stdout=self.stdout, stderr=self.stderr)
        self._print_claims()
        self._print_discrepancies()
        self._print_login(options["username"])

    def _print_claims(self) -> None:
        claims = Claim.objects.select_related("article__outlet", "source").order_by(
            "article__published_at", "article_id", "char_start"
        )
        self.stdout.write(self.style.MIGRATE_HEADING(f"\nClaims ({claims.count()})"))
        header = (
            f"{'article':<28} {'value':>10} {'qualifier':<10} {'metric':<10} {'subject':<30} {'source':<30}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for claim in claims:
            article = f"{claim.article.published_at:%m-%d} {claim.article.outlet.name}"[:28]
            source = claim.source.name if claim.source else "(outlet's own)"
            self.stdout.write(
                f"{article:<28} {_figure(claim.value, claim.value_high):>10} {claim.qualifier:<10} "
                f"{claim.metric:<10} {claim.subject[:30]:<30} {source[:30]:<30}"
            )

    def _print_discrepancies(self) -> None:
        discrepancies = Discrepancy.objects.order_by("-score", "id")
        self.stdout.write(self.style.MIGRATE_HEADING(f"\nDiscrepancies ({discrepancies.count()})"))
        for d in discrepancies:
            self.stdout.write(f"[{d.severity:<6}] {d.kind:<21} {d.explanation}")
        failed = Article.objects.filter(status="failed")
        for article in failed:
            self.stdout.write(self.style.ERROR(f"article {article.pk} failed: {article.error}"))

    def _print_login(self, username: str) -> None:
        User = get_user_model()
        user, _ = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True}
        )
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.is_staff = user.is_superuser = True
        user.save()
        editors = Group.objects.filter(name="editors").first()
        if editors:
            user.groups.add(editors)
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(self.style.MIGRATE_HEADING("\nLogin"))
        self.stdout.write(f"admin:  http://127.0.0.1:8000/admin/  user {username!r}  password {password!r}")
        self.stdout.write(
            f"API:    curl -H 'Authorization: Token {token.key}' http://127.0.0.1:8000/api/v1/claims/"
        )
        self.stdout.write("docs:   http://127.0.0.1:8000/api/v1/docs/")
