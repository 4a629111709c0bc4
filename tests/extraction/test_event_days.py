"""An incident event's day is the incident's, whatever order its reports arrive in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import permutations

from tests.extraction.helpers import Claim
from tracker.extraction.events import EventLinker, EventRef


@dataclass
class Article:
    name: str
    title: str
    text: str
    published: datetime
    quotes: list[str]


def _claims(article: Article) -> list[Claim]:
    out = []
    for quote in article.quotes:
        start = article.text.index(quote)
        line_start = article.text.rfind("\n", 0, start) + 1
        line_end = article.text.find("\n", start)
        sentence = article.text[line_start : line_end if line_end >= 0 else len(article.text)]
        out.append(Claim(start, start + len(quote), sentence))
    return out


SATURDAY = datetime(2024, 8, 3, 9, 0, tzinfo=UTC)
MONDAY = datetime(2024, 8, 5, 15, 0, tzinfo=UTC)
WEDNESDAY = datetime(2024, 8, 7, 18, 0, tzinfo=UTC)

# The strike happened on Saturday 3 August: the wire story of the day says so.
DAY_OF = Article(
    "day-of",
    "Israeli strike on Khan Younis school kills dozens",
    "KHAN YOUNIS, Aug 3 - An Israeli air strike hit the al-Salam school in Khan Younis before dawn on "
    "Saturday, killing at least 40 people, the civil defence agency said.\n\n"
    "Among the dead were 12 children, the agency said.",
    SATURDAY,
    ["at least 40 people", "12 children"],
)
# Dated by the army's statement ("said on Monday") and the dateline: the strike is the weekend's.
STATEMENT = Article(
    "statement",
    "Israel says 15 militants died in Khan Younis school strike",
    "JERUSALEM, Aug 5 - The Israeli military said on Monday that 15 militants were killed in its weekend "
    "air strike on the al-Salam school in Khan Younis.\n\n"
    "Gaza's civil defence agency has said 40 people were killed in the strike on the school.",
    MONDAY,
    ["15 militants", "40 people"],
)
# Published days later about something else; mentions the strike without a day of its own, in a
# paragraph whose first sentence names it and whose figure sentence has no incident word.
LATER = Article(
    "later",
    "Foreign ministers meet in Amman on Gaza truce",
    "AMMAN, Aug 7 - Foreign ministers met in the Jordanian capital on Wednesday to discuss a truce.\n\n"
    "The meeting came days after a deadly air strike on the al-Salam school in Khan Younis. "
    "The civil defence agency said 40 people were killed there.",
    WEDNESDAY,
    ["40 people"],
)
# Another school in the same town, three days after: a different incident.
OTHER = Article(
    "other",
    "Strike on second Khan Younis school",
    "KHAN YOUNIS, Aug 6 - An Israeli strike on the Nour school in Khan Younis killed 9 people on Tuesday, "
    "medics said.",
    datetime(2024, 8, 6, 12, 0, tzinfo=UTC),
    ["9 people"],
)


def _link(articles: list[Article]) -> dict[tuple[str, str], str]:
    """Link the articles as the Django side does: a fresh linker per article over stored rows."""
    rows: dict[int, dict] = {}
    out: dict[tuple[str, str], str] = {}
    for article in articles:
        linker = EventLinker(EventRef.from_row(row) for row in rows.values())
        refs = [linker.link(c, article.title, article.text, article.published) for c in _claims(article)]
        ids: dict[str, int] = {}
        for ref in linker.new_events:
            pk = len(rows) + 1
            rows[pk] = {**ref.to_row(), "id": pk}
            ids[ref.key] = pk
        for ref in linker.touched.values():
            if ref.id is not None:
                rows[ref.id] = {**ref.to_row(), "id": ref.id}
        for quote, ref in zip(article.quotes, refs, strict=True):
            out[(article.name, quote)] = str(ref.id if ref.id is not None else ids[ref.key])
    return out


def _grouping(linked: dict[tuple[str, str], str]) -> set[frozenset[tuple[str, str]]]:
    groups: dict[str, set[tuple[str, str]]] = {}
    for claim, event in linked.items():
        groups.setdefault(event, set()).add(claim)
    return {frozenset(g) for g in groups.values()}


def test_grouping_does_not_depend_on_the_order_articles_arrive_in() -> None:
    articles = [DAY_OF, STATEMENT, LATER, OTHER]
    groupings = {frozenset(_grouping(_link(list(order)))) for order in permutations(articles)}
    assert len(groupings) == 1
    (grouping,) = groupings
    strike = {c for c in _link(articles) if c[0] != "other"}
    assert frozenset(strike) in grouping  # every report of the Saturday strike, one event
    assert frozenset({("other", "9 people")}) in grouping  # the other school stays apart


def test_an_event_made_from_a_publication_day_is_redated_by_a_stated_day() -> None:
    linker = EventLinker()
    (first, *_) = [linker.link(c, LATER.title, LATER.text, LATER.published) for c in _claims(LATER)]
    assert first.day == date(2024, 8, 7) and first.day_inferred
    row = first.to_row()
    assert "day:inferred" in row["incident_terms"]
    assert EventRef.from_row({**row, "id": 1}).day_inferred  # the mark survives the database

    stated = [linker.link(c, DAY_OF.title, DAY_OF.text, DAY_OF.published) for c in _claims(DAY_OF)]
    assert {e.key for e in stated} == {first.key}
    assert first.day == date(2024, 8, 3) and not first.day_inferred
    assert "day:inferred" not in first.to_row()["incident_terms"]
    assert first.title.endswith("(2024-08-03)")


def test_a_datelines_date_is_not_the_incidents_day() -> None:
    linker = EventLinker()
    day_of = [linker.link(c, DAY_OF.title, DAY_OF.text, DAY_OF.published) for c in _claims(DAY_OF)]
    statement = [
        linker.link(c, STATEMENT.title, STATEMENT.text, STATEMENT.published) for c in _claims(STATEMENT)
    ]
    assert {e.key for e in statement} == {day_of[0].key}
    assert day_of[0].day == date(2024, 8, 3)


def test_an_event_with_a_stated_day_keeps_it_when_later_reports_only_infer_one() -> None:
    linker = EventLinker()
    (event, _) = [linker.link(c, DAY_OF.title, DAY_OF.text, DAY_OF.published) for c in _claims(DAY_OF)]
    (later,) = [linker.link(c, LATER.title, LATER.text, LATER.published) for c in _claims(LATER)]
    assert later is event
    assert event.day == date(2024, 8, 3) and not event.day_inferred


def test_the_attack_refers_back_to_the_articles_incident_not_to_the_country_speaking() -> None:
    text = (
        "KHAN YOUNIS, Aug 3 - An Israeli air strike hit the al-Salam school in Khan Younis on Saturday, "
        "killing at least 40 people, the civil defence agency said.\n\n"
        "Turkey's foreign ministry condemned the attack, saying more than 40 civilians had been killed."
    )
    linker = EventLinker()
    claims = [
        Claim(text.index(q), text.index(q) + len(q), s)
        for q, s in (
            ("at least 40 people", text.split("\n\n")[0]),
            ("more than 40 civilians", text.split("\n\n")[1]),
        )
    ]
    first, second = (linker.link(c, DAY_OF.title, text, SATURDAY) for c in claims)
    assert first is second


def test_a_strike_elsewhere_named_by_a_country_is_still_its_own_incident() -> None:
    text = (
        "KHAN YOUNIS, Aug 3 - An Israeli air strike hit the al-Salam school in Khan Younis on Saturday, "
        "killing at least 40 people, the civil defence agency said.\n\n"
        "A drone strike in Lebanon killed 3 people on Saturday, Lebanese officials said."
    )
    linker = EventLinker()
    first_sentence, second_sentence = text.split("\n\n")
    claims = [
        Claim(text.index("at least 40"), text.index("at least 40") + 11, first_sentence),
        Claim(text.index("3 people"), text.index("3 people") + 8, second_sentence),
    ]
    first, second = (linker.link(c, DAY_OF.title, text, SATURDAY) for c in claims)
    assert first is not second


def test_one_paragraph_a_line_keeps_the_lead_apart_from_a_later_incident() -> None:
    # The dateline and the lead are about talks in a capital; the strike two lines down is elsewhere.
    text = (
        "AMMAN: Foreign ministers met in Amman on Wednesday to discuss a truce in Gaza.\n"
        "The talks follow a weekend air strike on a school in Khan Younis that killed at least 40 people.\n"
        "Ministers will meet again next week."
    )
    linker = EventLinker()
    quote = "at least 40 people"
    line = text.split("\n")[1]
    (event,) = [
        linker.link(
            Claim(text.index(quote), text.index(quote) + len(quote), line), "Talks in Amman", text, WEDNESDAY
        )
    ]
    assert "amman" not in {p.lower() for p in event.places}
    stated = [linker.link(c, DAY_OF.title, DAY_OF.text, DAY_OF.published) for c in _claims(DAY_OF)]
    assert {e.key for e in stated} == {event.key}


QUAKE_LATE = Article(
    "quake-late",
    "Quake toll in Vardena rises to 210",
    "The death toll from last week's earthquake in Vardena province rose to 210 on Thursday, officials said.",
    datetime(2024, 3, 14, 12, 0, tzinfo=UTC),
    ["210"],
)
QUAKE_EARLY = Article(
    "quake-early",
    "Earthquake in Vardena kills dozens",
    "A powerful earthquake struck Vardena province on Friday, killing at least 40 people, officials said.",
    datetime(2024, 3, 8, 18, 0, tzinfo=UTC),
    ["at least 40 people"],
)


def test_a_disasters_rising_toll_joins_it_whichever_report_arrives_first() -> None:
    forward = _grouping(_link([QUAKE_EARLY, QUAKE_LATE]))
    backward = _grouping(_link([QUAKE_LATE, QUAKE_EARLY]))
    assert forward == backward == {frozenset({("quake-early", "at least 40 people"), ("quake-late", "210")})}


def test_the_earliest_stated_day_is_the_incidents() -> None:
    linker = EventLinker()
    (late,) = [
        linker.link(c, QUAKE_LATE.title, QUAKE_LATE.text, QUAKE_LATE.published) for c in _claims(QUAKE_LATE)
    ]
    (early,) = [
        linker.link(c, QUAKE_EARLY.title, QUAKE_EARLY.text, QUAKE_EARLY.published)
        for c in _claims(QUAKE_EARLY)
    ]
    assert early is late
    assert late.day == date(2024, 3, 8)


def test_what_a_package_counts_belongs_to_the_package_not_to_the_strike() -> None:
    text = (
        "WASHINGTON, Aug 6 - The State Department approved arms sales to Israel worth $20 billion on Tuesday, "
        "days after an Israeli strike on a school in Khan Younis.\n\n"
        "The largest item is a sale of fighter jets valued at up to $18 billion. "
        "The package also includes nearly 30,000 tank shells worth $700 million."
    )
    title = "US clears arms sales to Israel after school strike"
    published = datetime(2024, 8, 6, 20, 0, tzinfo=UTC)
    second = text.split("\n\n")[1]
    jets, shells = second.split(". ")
    claims = [
        Claim(text.index("$18 billion"), text.index("$18 billion") + 11, jets + ".", "money"),
        Claim(text.index("30,000"), text.index("30,000") + 6, shells, "count"),
    ]
    linker = EventLinker()
    money, count = (linker.link(c, title, text, published) for c in claims)
    assert count is money
    assert money.event_class == "funding"


def test_an_incident_joins_an_event_made_from_an_unclassified_figure_at_the_same_named_facility() -> None:
    text_other = (
        "GAZA, Aug 9 - The toll has passed 40,000, the ministry said.\n\n"
        "The civil defence agency said 40 people were killed at the al-Salam school in Khan Younis on Saturday."
    )
    text_strike = (
        "KHAN YOUNIS, Aug 3 - An Israeli air strike on the al-Salam school in Khan Younis killed at least 40 "
        "people on Saturday, medics said."
    )
    later = datetime(2024, 8, 9, 12, 0, tzinfo=UTC)
    other_sentence = text_other.split("\n\n")[1]
    linker = EventLinker()
    first = linker.link(
        Claim(text_other.index("40 people"), text_other.index("40 people") + 9, other_sentence),
        "Gaza toll passes 40,000",
        text_other,
        later,
    )
    second = linker.link(
        Claim(text_strike.index("at least 40"), text_strike.index("at least 40") + 11, text_strike),
        "Strike on Khan Younis school",
        text_strike,
        SATURDAY,
    )
    assert second is first
    assert first.event_class == "attack"


def test_the_strike_refers_back_to_an_unclassified_incident_at_a_named_facility() -> None:
    text = (
        "GAZA, Aug 9 - The toll has passed 40,000, the ministry said.\n\n"
        "In the deadliest single incident, the civil defence agency said 40 people were killed on Saturday at "
        "the al-Salam school in Khan Younis. Israel's military has named 15 militants it says died in the strike."
    )
    paragraph = text.split("\n\n")[1]
    first_sentence, second_sentence = paragraph.split(". ", 1)
    claims = [
        Claim(text.index("40 people"), text.index("40 people") + 9, first_sentence + "."),
        Claim(text.index("15 militants"), text.index("15 militants") + 12, second_sentence),
    ]
    later = datetime(2024, 8, 9, 12, 0, tzinfo=UTC)
    linker = EventLinker()
    toll, militants = (linker.link(c, "Gaza toll passes 40,000", text, later) for c in claims)
    assert militants is toll
    (strike, _) = [linker.link(c, DAY_OF.title, DAY_OF.text, DAY_OF.published) for c in _claims(DAY_OF)]
    assert strike is toll


HALL_DAY_OF = Article(
    "hall-day-of",
    "Gunmen kill dozens at concert hall in Vardena",
    "VARDENA, May 3 - Gunmen opened fire on a crowd at the Orion concert hall in Vardena on Friday "
    "evening, killing at least 30 people, officials said.",
    datetime(2024, 5, 3, 23, 0, tzinfo=UTC),
    ["at least 30 people"],
)
# Published a week later: the counts carry their own days (Tuesday, Thursday), which date the
# counts, not a new attack.
HALL_LATER = Article(
    "hall-later",
    "Families wait for news as concert hall list grows",
    "VARDENA - The emergencies ministry on Thursday published a list of 88 people killed in last week's "
    "attack on the Orion concert hall.\n\n"
    "Earlier on Thursday the official toll had stood at 85 dead. On Tuesday the prosecutor had put the "
    "number of dead at 79.",
    datetime(2024, 5, 10, 9, 0, tzinfo=UTC),
    ["88 people", "85 dead", "at 79"],
)


def test_a_counts_own_day_does_not_make_a_new_attack() -> None:
    forward = _grouping(_link([HALL_DAY_OF, HALL_LATER]))
    backward = _grouping(_link([HALL_LATER, HALL_DAY_OF]))
    everything = frozenset(
        {("hall-day-of", "at least 30 people"), ("hall-later", "88 people"), ("hall-later", "85 dead"),
         ("hall-later", "at 79")}
    )  # fmt: skip
    assert forward == backward == {everything}


def test_a_count_of_an_old_incident_keeps_its_year() -> None:
    text = (
        "VARDENA, May 3 - Gunmen opened fire at the Orion concert hall on Friday, killing at least 30 people.\n\n"
        "It was the worst attack since the 2004 school siege, in which the toll stood at 330."
    )
    linker = EventLinker()
    second = text.split("\n\n")[1]
    claims = [
        Claim(text.index("at least 30"), text.index("at least 30") + 11, text.split("\n\n")[0]),
        Claim(text.index("330"), text.index("330") + 3, second),
    ]
    first, old = (linker.link(c, HALL_DAY_OF.title, text, HALL_DAY_OF.published) for c in claims)
    assert old is not first


def test_a_count_so_far_after_an_attack_is_the_attacks_not_its_countrys_war() -> None:
    text = (
        "MOSCOW, May 4 - Gunmen opened fire at the Orion concert hall outside Moscow on Friday, killing at least "
        "30 people, officials said.\n\n"
        "Investigators said 12 victims had been identified so far."
    )
    linker = EventLinker()
    lead, second = text.split("\n\n")
    claims = [
        Claim(text.index("at least 30"), text.index("at least 30") + 11, lead),
        Claim(text.index("12 victims"), text.index("12 victims") + 10, second, "count", "cumulative"),
    ]
    toll, identified = (
        linker.link(c, "Gunmen attack Moscow concert hall", text, HALL_DAY_OF.published) for c in claims
    )
    assert identified is toll


QUAKE_FIRST = Article(
    "quake-first",
    "Earthquake in Vardena province kills hundreds",
    "VARDENA - A powerful earthquake struck Vardena province on Saturday, killing at least 400 people, "
    "officials said.",
    datetime(2024, 3, 9, 18, 0, tzinfo=UTC),
    ["at least 400 people"],
)
QUAKE_SECOND = Article(
    "quake-second",
    "Vardena toll cut to 300 as new tremor strikes",
    "VARDENA - Officials on Wednesday lowered the death toll from Saturday's earthquake in Vardena province "
    "to 300.\n\n"
    "The minister spoke hours after another earthquake struck the same area early on Wednesday.\nThat quake "
    "killed two people and injured about 50, officials said.\n\n"
    "Aid organisations said 120 people were still missing on Wednesday.",
    datetime(2024, 3, 13, 15, 0, tzinfo=UTC),
    ["to 300", "two people", "about 50", "120 people"],
)


def test_a_further_earthquake_is_its_own_event_and_the_first_keeps_its_toll() -> None:
    for order in ([QUAKE_FIRST, QUAKE_SECOND], [QUAKE_SECOND, QUAKE_FIRST]):
        grouping = _grouping(_link(order))
        assert frozenset({("quake-second", "two people"), ("quake-second", "about 50")}) in grouping
        assert (
            frozenset(
                {
                    ("quake-first", "at least 400 people"),
                    ("quake-second", "to 300"),
                    ("quake-second", "120 people"),
                }
            )
            in grouping
        )


CITY_STRIKE = Article(
    "city-strike",
    "Missiles kill 30 in Orlen on a holiday",
    "KYIV - More than 30 people were killed when two missiles struck the centre of the city of Orlen on "
    "Sunday morning, the mayor said.\n\n"
    "The attack came nine days after a missile killed 20 people in Varsk, when it exploded over a park.",
    datetime(2025, 4, 13, 12, 0, tzinfo=UTC),
    ["More than 30 people", "20 people"],
)
MONTHLY_REPORT = Article(
    "monthly-report",
    "Monitors count civilian deaths in April",
    "GENEVA - Monitors said on Thursday that civilian deaths rose in April.\n\n"
    "A missile strike on Varsk on 4 April killed 20 civilians and injured at least 63.",
    datetime(2025, 5, 9, 9, 0, tzinfo=UTC),
    ["20 civilians", "at least 63"],
)


def test_an_earlier_attack_in_another_town_is_its_own_and_dated_from_the_articles() -> None:
    for order in ([CITY_STRIKE, MONTHLY_REPORT], [MONTHLY_REPORT, CITY_STRIKE]):
        grouping = _grouping(_link(order))
        assert frozenset({("city-strike", "More than 30 people")}) in grouping
        assert (
            frozenset(
                {
                    ("city-strike", "20 people"),
                    ("monthly-report", "20 civilians"),
                    ("monthly-report", "at least 63"),
                }
            )
            in grouping
        )


MARCH_DAY = Article(
    "march-day",
    "Tens of thousands march in Orlen",
    "ORLEN - Tens of thousands of people marched through Orlen on Saturday, and police put the crowd at 40,000.",
    datetime(2025, 3, 15, 20, 0, tzinfo=UTC),
    ["40,000"],
)
MARCH_ROW = Article(
    "march-row",
    "Row over protest turnout goes on",
    "ORLEN - The government on Monday again denied that police had used force against protesters at "
    "Saturday's rally in Orlen.\n\n"
    "Organisers stood by their estimate of 90,000.\n\n"
    "In December they counted 50,000 people at the main square.",
    datetime(2025, 3, 17, 10, 0, tzinfo=UTC),
    ["90,000", "50,000 people"],
)


def test_saturdays_rally_dates_the_incident_and_a_month_named_first_dates_another() -> None:
    for order in ([MARCH_DAY, MARCH_ROW], [MARCH_ROW, MARCH_DAY]):
        grouping = _grouping(_link(order))
        assert frozenset({("march-day", "40,000"), ("march-row", "90,000")}) in grouping
        assert frozenset({("march-row", "50,000 people")}) in grouping


SUMMER_REVIEW = Article(
    "summer-review",
    "Rain-soaked rally draws huge crowd in Orlen",
    "ORLEN - Protesters filled the central park on Sunday; organisers said 900,000 took part.\n\n"
    "The June 9 turnout, which a research institute put at 1.03 million, was the first sign of the anger.\n"
    "On July 1, organisers counted 550,000 marchers, beating the 510,000 they had claimed in 2014, while "
    "police said 190,000 had taken part.",
    datetime(2019, 8, 19, 1, 0, tzinfo=UTC),
    ["900,000", "1.03 million", "550,000 marchers", "510,000", "190,000"],
)
JUNE_MARCH = Article(
    "june-march",
    "A million march in Orlen",
    "ORLEN - Organisers said more than a million people marched through Orlen on Sunday, June 9, and police "
    "said 240,000 took part.",
    datetime(2019, 6, 9, 20, 0, tzinfo=UTC),
    ["240,000"],
)


def test_the_day_before_an_incident_word_and_a_sentences_opening_day_date_its_figures() -> None:
    grouping = _grouping(_link([JUNE_MARCH, SUMMER_REVIEW]))
    assert frozenset({("june-march", "240,000"), ("summer-review", "1.03 million")}) in grouping
    assert frozenset({("summer-review", "550,000 marchers"), ("summer-review", "190,000")}) in grouping
    assert frozenset({("summer-review", "510,000")}) in grouping
    assert frozenset({("summer-review", "900,000")}) in grouping


def test_a_count_by_a_day_neither_redates_the_flood_nor_splits_it() -> None:
    flood = Article(
        "flood",
        "Floods kill dozens in Vardena",
        "VARDENA - Flash floods swept through towns in Vardena province, killing at least 60 people.",
        datetime(2024, 10, 31, 9, 0, tzinfo=UTC),
        ["at least 60 people"],
    )
    later = Article(
        "later",
        "Tens of thousands march in Vardena over flood response",
        "VARDENA - Tens of thousands marched on Saturday to protest the handling of the floods.\n\n"
        "By Saturday evening the forensic institute had registered 214 deaths in the province.",
        datetime(2024, 11, 10, 9, 0, tzinfo=UTC),
        ["214 deaths"],
    )
    linker = EventLinker()
    (event,) = [linker.link(c, flood.title, flood.text, flood.published) for c in _claims(flood)]
    (toll,) = [linker.link(c, later.title, later.text, later.published) for c in _claims(later)]
    assert toll is event
    assert event.day == date(2024, 10, 31)


TWO_COUNTRY_FIRST = Article(
    "two-country-first",
    "Powerful earthquake kills hundreds in Turkey and Syria",
    "ANKARA - A powerful earthquake struck southern Turkey and northern Syria on Monday, killing at least 900 "
    "people in Turkey alone, officials said.",
    datetime(2023, 2, 6, 18, 0, tzinfo=UTC),
    ["at least 900"],
)
TWO_COUNTRY_LATER = Article(
    "two-country-later",
    "Turkish quake toll passes 9,000",
    "ANKARA - The death toll in Turkey from Monday's earthquake climbed above 9,000 on Wednesday.\n\n"
    "In Syria, rescuers said more than 1,200 people had died.",
    datetime(2023, 2, 8, 18, 0, tzinfo=UTC),
    ["above 9,000", "more than 1,200"],
)


def test_a_toll_counted_in_one_country_keeps_the_others_of_the_same_quake_whatever_the_order() -> None:
    everything = frozenset(
        {("two-country-first", "at least 900"), ("two-country-later", "above 9,000"),
         ("two-country-later", "more than 1,200")}
    )  # fmt: skip
    assert _grouping(_link([TWO_COUNTRY_FIRST, TWO_COUNTRY_LATER])) == {everything}
    assert _grouping(_link([TWO_COUNTRY_LATER, TWO_COUNTRY_FIRST])) == {everything}


def test_a_later_count_of_the_clashes_injured_is_the_clashes() -> None:
    text = (
        "ORLEN - Police fired tear gas at protesters around the parliament on Wednesday; by 10 p.m. 72 people "
        "had been taken to hospital.\n\n"
        "On Thursday morning the authority put the number of people injured in the clashes at 81."
    )
    article = Article(
        "clashes", "Scores hurt as police clear protesters", text, datetime(2019, 6, 13, 8, 0, tzinfo=UTC),
        ["72 people", "at 81"],
    )  # fmt: skip
    claims = _claims(article)
    claims[0].metric = claims[1].metric = "injured"
    linker = EventLinker()
    first, later = (linker.link(c, article.title, article.text, article.published) for c in claims)
    assert later is first


def test_a_collapse_told_in_a_protest_story_is_its_own_accident_and_a_roof_that_fell_in_an_attack_is_the_attacks() -> (
    None
):
    protest = Article(
        "protest",
        "Students march in Orlen",
        "ORLEN - Tens of thousands marched through Orlen on Saturday over the deadly collapse of a station "
        "canopy in Varsk.\nPolice put the crowd at 40,000.\n\n"
        "Students demand accountability for the Varsk station canopy collapse, which killed 15 people.",
        datetime(2025, 3, 16, 9, 0, tzinfo=UTC),
        ["40,000", "15 people"],
    )
    grouping = _grouping(_link([protest]))
    assert frozenset({("protest", "40,000")}) in grouping
    assert frozenset({("protest", "15 people")}) in grouping

    attack = Article(
        "attack",
        "Gunmen attack concert hall in Orlen",
        "ORLEN - Gunmen opened fire at the Orion concert hall on Friday, killing at least 40 people.\n\n"
        "More than 200 people could have been inside the building when the roof collapsed, officials said.",
        datetime(2024, 3, 23, 9, 0, tzinfo=UTC),
        ["at least 40 people", "More than 200 people"],
    )
    assert _grouping(_link([attack])) == {
        frozenset({("attack", "at least 40 people"), ("attack", "More than 200 people")})
    }
