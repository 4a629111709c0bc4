"""No speaker from a clause, a perpetrator's deed or the description of a speaker: "Banks will reopen
with the limits imposed", "hackers ... sent 35 payment orders", "X, a centrist who won with 48 percent,
had offered"."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_clause_with_a_modal_is_no_speaker() -> None:
    text = "Banks will reopen with the limits imposed, at 300 pesos a week."
    assert claim_with(text, "300 pesos").attribution == ""


def test_perpetrators_sending_payment_orders_give_no_figure() -> None:
    text = "In March hackers using the insurer's passwords sent 41 fake transfer requests."
    assert claim_with(text, "41 fake transfer requests").attribution == ""


def test_perpetrators_who_speak_still_speak() -> None:
    text = "The kidnappers said 40 passengers were on board."
    assert "kidnappers" in claim_with(text, "40 passengers").attribution.lower()


def test_a_figure_describing_the_speaker_is_not_the_speakers() -> None:
    text = (
        "Lula, a former union leader who won the 2002 election with 61 percent of the vote, said 4 "
        "ministries would go to his allies."
    )
    assert claim_with(text, "61 percent").attribution == ""
    assert "lula" in claim_with(text, "4 ministries").attribution.lower()
