"""Load benchmark: the figures list (page of 100) beside a plain Django view, on PostgreSQL and gunicorn.

    .venv/bin/python bench/api_load.py [--figures 10000] [--clients 16] [--seconds 10] [--rounds 2]
        [--driver threads|wrk] [--no-page-cache] [--json]

Creates (once) a separate database `tracker_bench` on 127.0.0.1:5432 with 10,000 published figures
(two evidence claims each), serves the project with gunicorn on 127.0.0.1 (2 sync workers), and drives it
from this process with a bounded pool of client threads: for each round, the API page
`/api/v1/figures/?page_size=100` (token auth, throttles, ETag, DRF serializers) and the baseline
`/bench/plain-figures/?page_size=100` (JsonResponse over .values(), enabled by TRACKER_BENCH_VIEWS=1).
Each phase is bounded in time and in requests. Prints req/s, p50, p99 and the throughput ratio.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
API_PATH = "/api/v1/figures/?page_size=100"
PLAIN_PATH = "/bench/plain-figures/?page_size=100"


def server_env(database_url: str, *, page_cache: bool) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "TRACKER_BENCH_VIEWS": "1",
        "DJANGO_DEBUG": "0",
        "API_THROTTLE_USER": "100000000/hour",
        "LOG_LEVEL": "ERROR",
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "TRACKER_FIGURES_CACHE_SECONDS": "60" if page_cache else "0",
    }
    env.pop("DJANGO_SECRET_KEY", None)  # production settings would redirect plain HTTP to HTTPS
    return env


def ensure_database(name: str) -> None:
    exists = subprocess.run(
        ["psql", "-h", HOST, "-U", "postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if exists != "1":
        subprocess.run(["createdb", "-h", HOST, "-U", "postgres", name], check=True)


def seed(n_figures: int) -> str:
    """Migrate, then make the database hold exactly n published figures; return a reader's token."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from rest_framework.authtoken.models import Token

    from tracker.models import Article, Claim, Event, Outlet, Source
    from verification.models import VerifiedFigure

    call_command("migrate", verbosity=0)
    user, _ = get_user_model().objects.get_or_create(username="bench-reader")
    token, _ = Token.objects.get_or_create(user=user)
    if VerifiedFigure.objects.filter(status="published").count() == n_figures:
        return token.key
    VerifiedFigure.objects.all().delete()
    Claim.objects.all().delete()
    Article.objects.all().delete()
    day = datetime(2024, 8, 10, tzinfo=UTC)
    outlets = Outlet.objects.bulk_create(
        [Outlet(name=f"Bench Outlet {i}") for i in range(20)], ignore_conflicts=True
    )
    outlets = list(Outlet.objects.filter(name__startswith="Bench Outlet"))
    Source.objects.bulk_create(
        [Source(name=f"Bench Source {i}", slug=f"bench-source-{i}", kind="ministry") for i in range(50)],
        ignore_conflicts=True,
    )
    sources = list(Source.objects.filter(slug__startswith="bench-source-"))
    Event.objects.bulk_create(
        [Event(title=f"Bench event {i}", slug=f"bench-event-{i}", day=day.date()) for i in range(100)],
        ignore_conflicts=True,
    )
    events = list(Event.objects.filter(slug__startswith="bench-event-"))
    articles = Article.objects.bulk_create(
        [
            Article(
                outlet=outlets[i % len(outlets)],
                url=f"https://news.invalid/bench/{i}",
                title=f"Bench article {i}",
                published_at=day + timedelta(minutes=i),
                text=f"Bench article text {i}: at least {i} people were killed.",
                content_hash=f"{i:064d}",
                status="extracted",
            )
            for i in range(n_figures)
        ],
        batch_size=2000,
    )
    claims = Claim.objects.bulk_create(
        [
            Claim(
                article=articles[i // 2],
                event=events[(i // 2) % len(events)],
                char_start=0 if i % 2 == 0 else 20,
                char_end=10 if i % 2 == 0 else 30,
                quote=f"at least {i // 2}",
                sentence=f"At least {i // 2} people were killed.",
                value=float(i // 2),
                qualifier="at_least",
                low=float(i // 2),
                metric="killed",
                subject="people",
                subject_class="people",
                source=sources[i % len(sources)],
                attribution="according to the ministry",
                scope="incident",
                as_of=day.date(),
            )
            for i in range(2 * n_figures)
        ],
        batch_size=2000,
    )
    figures = VerifiedFigure.objects.bulk_create(
        [
            VerifiedFigure(
                event=events[i % len(events)],
                metric="killed",
                subject="people",
                subject_class="people",
                value=float(i),
                qualifier="at_least",
                low=float(i),
                as_of=day.date(),
                source=sources[i % len(sources)],
                note="Checked against the ministry's daily report.",
                verified_by=user,
                verified_at=day + timedelta(seconds=i),
            )
            for i in range(n_figures)
        ],
        batch_size=2000,
    )
    through = VerifiedFigure.evidence.through
    through.objects.bulk_create(
        [
            through(verifiedfigure_id=f.pk, claim_id=claims[2 * i + k].pk)
            for i, f in enumerate(figures)
            for k in (0, 1)
        ],
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        # Fresh statistics and visibility map after the bulk load, as autovacuum would leave them.
        cursor.execute("VACUUM ANALYZE")
    return token.key


def workers_cpu_seconds(master: int) -> float:
    """User and system CPU of gunicorn's workers (the master's children), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return 0.0
    for pid in children:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "tracker.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )


def get(port: int, path: str, headers: dict[str, str]) -> tuple[int, int, float]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        return response.status, len(body), time.perf_counter() - started
    finally:
        conn.close()


def wait_ready(port: int, headers: dict[str, str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if get(port, API_PATH, headers)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer in time")


def drive(
    port: int, path: str, headers: dict[str, str], clients: int, seconds: float, max_requests: int
) -> dict:
    """`clients` threads, each sending one request at a time, until the time or request budget runs out."""
    latencies: list[float] = []
    errors = 0
    sizes: set[int] = set()
    lock = threading.Lock()
    issued = 0
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal issued, errors
        while time.monotonic() < deadline:
            with lock:
                if issued >= max_requests:
                    return
                issued += 1
            status, size, took = get(port, path, headers)
            with lock:
                if status == 200:
                    latencies.append(took)
                    sizes.add(size)
                else:
                    errors += 1

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for _ in range(clients):
            pool.submit(worker)
    elapsed = time.monotonic() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": elapsed,
        "latencies": latencies,
        "bytes": max(sizes) if sizes else 0,
    }


def drive_wrk(port: int, path: str, headers: dict[str, str], clients: int, seconds: float) -> dict:
    """The same load from `wrk` (C, two threads): less of the machine goes to the client."""
    command = ["wrk", "-t2", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--latency", "--timeout", "30s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(
        [*command, f"http://{HOST}:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    stats: dict[str, float] = {"errors": 0}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("50%", "99%"):
            stats["p50_ms" if parts[0] == "50%" else "p99_ms"] = _ms(parts[1])
        elif line.startswith("Requests/sec:"):
            stats["req_per_s"] = float(parts[1])
        elif "requests in" in line:
            stats["requests"] = int(parts[0])
        elif line.strip().startswith("Non-2xx"):
            stats["errors"] = int(parts[-1])
    return stats


def _ms(text: str) -> float:
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


def summarise_wrk(runs: list[dict]) -> dict[str, float]:
    return {
        "requests": sum(r["requests"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
        "req_per_s": sum(r["req_per_s"] for r in runs) / len(runs),
        "p50_ms": max(r["p50_ms"] for r in runs),
        "p99_ms": max(r["p99_ms"] for r in runs),
        "bytes": 0,
    }


def summarise(runs: list[dict]) -> dict[str, float]:
    latencies = sorted(t for r in runs for t in r["latencies"])
    total = sum(r["requests"] for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    return {
        "requests": total,
        "errors": sum(r["errors"] for r in runs),
        "req_per_s": total / seconds,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "bytes": max(r["bytes"] for r in runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--figures", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0, help="per phase")
    parser.add_argument("--max-requests", type=int, default=20_000, help="per phase")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database", default="tracker_bench")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument(
        "--driver",
        choices=["threads", "wrk"],
        default="threads",
        help="threads: Python http.client in a thread pool (always there); wrk: the C load generator",
    )
    parser.add_argument(
        "--no-page-cache",
        action="store_true",
        help="serve every API page from the database (no ETag-keyed cache)",
    )
    args = parser.parse_args()

    ensure_database(args.database)
    env = server_env(f"postgres://postgres@{HOST}:5432/{args.database}", page_cache=not args.no_page_cache)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    token = seed(args.figures)
    headers = {"Authorization": f"Token {token}", "Accept": "application/json"}

    server = start_gunicorn(env, args.port, args.workers)
    try:
        wait_ready(args.port, headers)
        for path in (API_PATH, PLAIN_PATH):  # warm both: connections, caches, imports
            drive(args.port, path, headers, args.clients, 2.0, 500)
        api_runs, plain_runs = [], []
        for _ in range(args.rounds):  # interleaved, so drift on the machine hits both alike
            for path, runs in ((API_PATH, api_runs), (PLAIN_PATH, plain_runs)):
                cpu_before = workers_cpu_seconds(server.pid)
                if args.driver == "wrk":
                    run = drive_wrk(args.port, path, headers, args.clients, args.seconds)
                else:
                    run = drive(args.port, path, headers, args.clients, args.seconds, args.max_requests)
                run["cpu_seconds"] = workers_cpu_seconds(server.pid) - cpu_before
                runs.append(run)
    finally:
        server.terminate()
        server.wait(timeout=30)

    summary_of = summarise_wrk if args.driver == "wrk" else summarise
    api, plain = summary_of(api_runs), summary_of(plain_runs)
    for row, runs in ((api, api_runs), (plain, plain_runs)):
        # CPU the gunicorn workers spent per answer: what the machine's other load cannot distort.
        row["worker_cpu_ms"] = 1000 * sum(r["cpu_seconds"] for r in runs) / max(1, row["requests"])
    ratio = api["req_per_s"] / plain["req_per_s"]
    summary = {
        "figures": args.figures,
        "clients": args.clients,
        "workers": args.workers,
        "page_cache": not args.no_page_cache,
        "driver": args.driver,
        "api": api,
        "plain": plain,
        "throughput_ratio": ratio,
        "cpu_ratio_plain_over_api": plain["worker_cpu_ms"] / api["worker_cpu_ms"],
        "targets_met": ratio >= 0.5 and api["p99_ms"] < 100 and api["errors"] == 0,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        cache_note = "ETag-keyed page cache off" if args.no_page_cache else "ETag-keyed page cache on"
        print(
            f"{args.figures} figures, page of 100, {args.clients} clients, "
            f"gunicorn {args.workers} workers, {cache_note}, driver {args.driver}"
        )
        print(
            f"{'':8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'requests':>9} {'errors':>7} {'cpu ms/req':>11}"
        )
        for name, row in (("api", api), ("plain", plain)):
            print(
                f"{name:8} {row['req_per_s']:8.1f} {row['p50_ms']:8.1f} {row['p99_ms']:8.1f} "
                f"{row['requests']:9d} {row['errors']:7d} {row['worker_cpu_ms']:11.1f}"
            )
        print(f"throughput ratio api/plain: {ratio:.2f} (target >= 0.50); api p99 target < 100 ms")
        print(
            f"worker CPU per answer, plain/api: {summary['cpu_ratio_plain_over_api']:.2f} "
            f"(the throughput ratio on a machine with nothing else running)"
        )
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
