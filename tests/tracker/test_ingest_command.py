from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.models import Article

pytestmark = pytest.mark.django_db

HEADER = "---\noutlet: {outlet}\nurl: {url}\npublished_at: {when}\ntitle: A title\n---\n"


def _run(*paths):
    out, err = StringIO(), StringIO()
    call_command("ingest", *map(str, paths), no_progress=True, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_folder_of_mixed_formats_is_ingested_and_a_bad_file_does_not_stop_the_rest(tmp_path):
    (tmp_path / "a.md").write_text(
        HEADER.format(outlet="Wire A", url="https://news.invalid/a", when="2024-08-10T10:00:00Z")
        + "Officials said 12 people were injured."
    )
    (tmp_path / "b.json").write_text(
        json.dumps(
            [
                {
                    "outlet": "Wire B",
                    "published_at": "2024-08-11T10:00:00+02:00",
                    "text": "Five houses collapsed.",
                },
                {"outlet": "Wire B", "text": "No date here."},
            ]
        )
    )
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"outlet": "Wire C", "published_at": "2024-08-12T10:00:00Z", "text": "Nine boats sank."})
        + "\n{broken json\n"
    )
    (tmp_path / "d.txt").write_text("no header at all")
    (tmp_path / "e.md").write_bytes(b"\xff\xfe\x00bad bytes")
    out, err = _run(tmp_path)
    assert Article.objects.count() == 3
    assert "ingested 3 new, 0 already stored, 4 failed (5 files)" in out
    assert "missing published_at" in err
    assert "invalid JSON" in err
    assert "no metadata header" in err
    assert "cannot read" in err


def test_a_naive_date_in_a_file_is_reported(tmp_path):
    (tmp_path / "a.md").write_text(
        HEADER.format(outlet="Wire A", url="https://news.invalid/a", when="2024-08-10T10:00:00")
        + "Text 4 people."
    )
    _, err = _run(tmp_path)
    assert "no timezone" in err
    assert Article.objects.count() == 0


def test_running_the_command_twice_reports_existing_articles(tmp_path):
    (tmp_path / "a.md").write_text(
        HEADER.format(outlet="Wire A", url="https://news.invalid/a", when="2024-08-10T10:00:00Z")
        + "Ten people."
    )
    _run(tmp_path)
    out, _ = _run(tmp_path)
    assert "ingested 0 new, 1 already stored, 0 failed" in out
