"""A speaker named right after a clause word ("came a day after Ana Ruiz, the regional aid coordinator,
said ...") is that clause's subject: the name and its role speak, and a later "she noted" is theirs."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_the_name_opening_the_clause_speaks_and_keeps_the_pronoun() -> None:
    text = (
        "The increase, announced by the Treasury, came a day after Ana Ruiz, the regional emergency aid "
        "coordinator, said donor nations were being mean with help. She noted that many of them gave "
        "only 0.3 percent of their income."
    )
    c = claim_with(text, "0.3 percent")
    assert "ruiz" in c.attribution.lower()
    assert "treasury" not in c.attribution.lower()
