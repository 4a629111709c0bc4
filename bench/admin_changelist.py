"""Admin changelist speed with a large data set: ~100,000 claims and their discrepancies.

Generates the data with bulk_create into the configured database (DATABASE_URL; use a scratch
database, e.g. `createdb -h 127.0.0.1 -U postgres tracker_bench`), then times the discrepancy queue and
the claim list through Django's test Client (server time only: no network, no browser) and prints the
median of several runs per page.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench \\
        .venv/bin/python bench/admin_changelist.py --claims 100000 --runs 7

Exit status 1 when a median exceeds --budget-ms (default 300).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from tracker.models import Article, Claim, Event, Outlet, Source  # noqa: E402
from verification.models import Discrepancy, DiscrepancyClaim  # noqa: E402

PREFIX = "bench-admin"
METRICS = ["killed", "injured", "displaced", "missing"]
QUALIFIERS = ["exact", "at_least", "about", "more_than"]
KINDS = ["value_conflict", "revision_down", "attribution_conflict", "scope_conflict"]
STATUSES = ["open"] * 6 + ["in_review", "resolved", "dismissed"]
SEVERITIES = ["low", "medium", "high"]


def _batched(rows: list, size: int = 5000):  # type: ignore[no-untyped-def]
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def generate(n_claims: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    per_article = 10
    n_articles = n_claims // per_article
    start = datetime(2023, 10, 7, tzinfo=UTC)
    t0 = time.perf_counter()
    with transaction.atomic():
        outlets = Outlet.objects.bulk_create([Outlet(name=f"{PREFIX} outlet {i}") for i in range(25)])
        sources = Source.objects.bulk_create(
            [
                Source(
                    name=f"{PREFIX} source {i}",
                    slug=f"{PREFIX}-source-{i}",
                    kind="ministry",
                    confirmed=i % 5 != 0,
                )
                for i in range(200)
            ]
        )
        events = Event.objects.bulk_create(
            [
                Event(
                    title=f"{PREFIX} event {i}",
                    slug=f"{PREFIX}-event-{i}",
                    day=(start + timedelta(days=i % 400)).date(),
                )
                for i in range(2000)
            ]
        )
        articles = []
        for i in range(n_articles):
            text = f"{PREFIX} article {i}. " + " ".join(
                f"At least {i % 97 + k} people were killed." for k in range(10)
            )
            articles.append(
                Article(
                    outlet=outlets[i % len(outlets)],
                    url=f"https://bench.invalid/{PREFIX}/{i}",
                    title=f"{PREFIX} article {i}",
                    published_at=start + timedelta(hours=i),
                    text=text,
                    content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    status="extracted",
                )
            )
        for chunk in _batched(articles):
            Article.objects.bulk_create(chunk)
        article_ids = list(
            Article.objects.filter(url__startswith=f"https://bench.invalid/{PREFIX}/").values_list(
                "pk", flat=True
            )
        )
        claims = []
        for a_index, article_id in enumerate(article_ids):
            event = events[(a_index // 5) % len(events)]
            for k in range(per_article):
                value = float(rng.randint(1, 40000))
                claims.append(
                    Claim(
                        article_id=article_id,
                        event=event,
                        char_start=k * 40,
                        char_end=k * 40 + 3,
                        quote=f"{value:g}",
                        sentence=f"At least {value:g} people were killed.",
                        value=value,
                        qualifier=rng.choice(QUALIFIERS),
                        low=value,
                        high=None,
                        metric=rng.choice(METRICS),
                        subject="people",
                        subject_class="people",
                        source=rng.choice(sources),
                        attribution="according to officials",
                        scope="incident",
                        as_of=(start + timedelta(days=a_index % 400)).date(),
                    )
                )
        for chunk in _batched(claims):
            Claim.objects.bulk_create(chunk)
        claim_ids = list(Claim.objects.filter(article_id__in=article_ids).values_list("pk", flat=True))
        now = datetime.now(tz=UTC)
        discrepancies = []
        groups = []
        for i in range(len(claim_ids) // 4):
            members = claim_ids[i * 4 : i * 4 + rng.choice([2, 3, 4])]
            detected = now - timedelta(hours=rng.randint(0, 24 * 90))
            discrepancies.append(
                Discrepancy(
                    fingerprint=hashlib.sha256(f"{PREFIX}-{i}".encode()).hexdigest(),
                    kind=rng.choice(KINDS),
                    status=rng.choice(STATUSES),
                    severity=rng.choice(SEVERITIES),
                    score=rng.random(),
                    explanation=f"Outlets disagree on the toll ({PREFIX} {i}).",
                    event=events[(i // 10) % len(events)],
                    metric="killed",
                    subject_class="people",
                    series_key=f"{PREFIX}|{i}",
                    first_detected_at=detected,
                    last_detected_at=detected,
                )
            )
            groups.append(members)
        for chunk in _batched(discrepancies):
            Discrepancy.objects.bulk_create(chunk)
        ids = dict(
            Discrepancy.objects.filter(series_key__startswith=f"{PREFIX}|").values_list("series_key", "pk")
        )
        links = [
            DiscrepancyClaim(discrepancy_id=ids[f"{PREFIX}|{i}"], claim_id=cid)
            for i, members in enumerate(groups)
            for cid in members
        ]
        for chunk in _batched(links):
            DiscrepancyClaim.objects.bulk_create(chunk)
    print(
        f"generated {len(article_ids)} articles, {len(claim_ids)} claims, {len(discrepancies)} discrepancies, "
        f"{len(links)} links in {time.perf_counter() - t0:.1f} s"
    )


def measure(client: Client, url: str, runs: int) -> tuple[float, float, int]:
    client.get(url)  # warm caches and connections
    times = []
    queries = 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
    return statistics.median(times), max(times), queries


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--budget-ms", type=float, default=300.0)
    parser.add_argument("--no-migrate", action="store_true")
    args = parser.parse_args()

    if not args.no_migrate:
        call_command("migrate", verbosity=0)
    existing = Claim.objects.filter(article__url__startswith=f"https://bench.invalid/{PREFIX}/").count()
    if existing < args.claims * 0.9:
        if existing:
            print(f"found {existing} bench claims, fewer than asked: generate into a fresh database")
            return 2
        generate(args.claims)
    else:
        print(f"reusing {existing} bench claims")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(
        username=f"{PREFIX}-chief", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    print(
        f"database: {connection.vendor}; claims: {Claim.objects.count()}; "
        f"discrepancies: {Discrepancy.objects.count()}"
    )
    some_event = Event.objects.filter(slug=f"{PREFIX}-event-3").values_list("pk", flat=True).first()
    some_source = Source.objects.filter(slug=f"{PREFIX}-source-3").values_list("pk", flat=True).first()
    pages = {
        "discrepancy queue": "/admin/verification/discrepancy/",
        "queue, status=open": "/admin/verification/discrepancy/?status__exact=open",
        "queue, severity=high, assigned to me": "/admin/verification/discrepancy/?severity__exact=high&assigned=me",
        "queue, event filter": f"/admin/verification/discrepancy/?event={some_event}",
        "queue, source filter": f"/admin/verification/discrepancy/?source={some_source}",
        "queue, page 50": "/admin/verification/discrepancy/?p=50",
        "claim list": "/admin/tracker/claim/",
        "claim list, metric=killed": "/admin/tracker/claim/?metric__exact=killed",
        "claim list, page 500": "/admin/tracker/claim/?p=500",
        "article list": "/admin/tracker/article/",
        "source list": "/admin/tracker/source/",
        "event list": "/admin/tracker/event/",
    }
    over = False
    print(f"{'page':42} {'median ms':>10} {'max ms':>8} {'queries':>8}")
    for name, url in pages.items():
        median, worst, queries = measure(client, url, args.runs)
        over |= median > args.budget_ms
        print(f"{name:42} {median:10.1f} {worst:8.1f} {queries:8d}")
    print(f"budget {args.budget_ms:.0f} ms (median): {'EXCEEDED' if over else 'met'}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
