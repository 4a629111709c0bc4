"""The editors' day in a real browser: log in, filter the queue, open a discrepancy, accept a claim,
and find the verified figure in the API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.admin.conftest import conflicting_claims, make_discrepancy
from tests.browser.conftest import log_in, screenshot
from tests.factories import EventFactory, UserFactory
from verification.models import Discrepancy, VerifiedFigure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue(groups: None) -> dict[str, Discrepancy]:
    now = timezone.now()
    UserFactory(username="editor", is_staff=True, groups=["editors"])
    toll = make_discrepancy(
        conflicting_claims(
            event=EventFactory(title="Strike on al-Tabi'in school, Gaza City"), values=(93, 100)
        ),
        severity="high",
        explanation="Outlets disagree on the death toll of the strike on al-Tabi'in school: 93 against 100.",
        detected=now,
    )
    make_discrepancy(
        conflicting_claims(event=EventFactory(title="Gaza war toll since 7 October"), values=(39929, 39480)),
        kind="revision_down",
        severity="medium",
        explanation="The ministry's running total went down from 39,929 to 39,480 between two days.",
        detected=now - timedelta(hours=5),
    )
    make_discrepancy(
        conflicting_claims(event=EventFactory(title="Aid trucks entering Gaza"), values=(80, 120)),
        kind="scope_conflict",
        severity="low",
        explanation="Aid truck counts differ: one outlet counts a single crossing.",
        detected=now - timedelta(days=1),
    )
    return {"toll": toll}


def test_an_editor_resolves_a_discrepancy_in_the_browser_and_the_api_publishes_it(browser_page, queue):
    page = browser_page
    log_in(page, "editor")

    page.goto("/admin/verification/discrepancy/")
    assert page.locator("#result_list tbody tr").count() == 3
    assert "open: 3" in " ".join(page.locator("#status-counts").inner_text().split())
    page.locator("details[data-filter-title='severity'] a", has_text="high").first.click()
    page.wait_for_url("**severity__exact=high**")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1
    assert "al-Tabi" in rows.first.inner_text()
    screenshot(page, "queue", publish=True)

    rows.first.locator("th a").first.click()
    page.wait_for_selector("#review-panel")
    toll = queue["toll"]
    cards = page.locator(".claim-card")
    assert cards.count() == 2
    assert page.locator(".claim-card mark").first.inner_text() in {"93", "100"}
    assert page.locator("svg.timeline circle").count() == 2
    screenshot(page, "discrepancy", publish=True)

    accepted = toll.claims.get(value=100)
    page.locator(f"#claim-{accepted.pk} input.accept-claim").click()
    page.wait_for_selector(".messagelist .success")
    assert "Resolved" in page.locator(".messagelist").inner_text()
    assert page.locator(f"#claim-{accepted.pk}.accepted").count() == 1
    screenshot(page, "discrepancy-resolved")

    response = page.request.get("/api/v1/figures/", headers={"Accept": "application/json"})
    assert response.status == 200
    figures = response.json()["results"]
    assert len(figures) == 1
    assert figures[0]["value"] == 100
    assert accepted.pk in [c if isinstance(c, int) else c["id"] for c in figures[0]["evidence"]]
    assert VerifiedFigure.objects.get().verified_by.username == "editor"


def test_a_second_editor_on_a_stale_page_is_told_and_the_first_decision_stands(new_browser_page, queue):
    UserFactory(username="colleague", is_staff=True, groups=["editors"])
    toll = queue["toll"]
    first, second = new_browser_page(), new_browser_page()
    log_in(first, "editor")
    log_in(second, "colleague")
    url = f"/admin/verification/discrepancy/{toll.pk}/change/"
    first.goto(url)
    second.goto(url)

    accepted = toll.claims.get(value=93)
    first.locator(f"#claim-{accepted.pk} input.accept-claim").click()
    first.wait_for_selector(".messagelist .success")

    second.fill("#dismiss-form textarea[name=reason]", "Both figures are fine")
    second.locator("#dismiss-form input[type=submit]").click()
    second.wait_for_selector(".messagelist .error")
    assert "Another editor changed this discrepancy" in second.locator(".messagelist").inner_text()
    screenshot(second, "discrepancy-stale-version")

    toll.refresh_from_db()
    assert toll.status == "resolved"
    assert toll.decided_by.username == "editor"
    assert VerifiedFigure.objects.get().value == 93
