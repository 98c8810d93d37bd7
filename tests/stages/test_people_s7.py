"""People the s7 held-out kinds showed: names after a bare role, one-letter skeletons, surnames of others."""

from __future__ import annotations

from legation.extract import extract


def _people(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    doc = extract(text, published=published)
    return [(e.name, e.country, [m.text for m in e.mentions]) for e in doc.entities if e.kind == "person"]


def test_bare_role_and_surname_is_the_holder_that_day_anywhere() -> None:
    # Trump was president on 2025-02-05; Israel's president (the home country's) was Herzog.
    people = _people("לדברי ראש הממשלה בנימין נתניהו, הנשיא טראמפ הבטיח לו תמיכה בשיחה.", "2025-02-05")
    assert ("Donald Trump", "USA", ["טראמפ"]) in people


def test_first_name_with_a_geresh_and_no_holder_by_one_letter_sounds() -> None:
    # J. D. Vance is not in the office-holders table: his name stays as written, matched to no one
    # whose names only share one-letter skeletons with it.
    people = _people("ראש הממשלה נתניהו נפגש בוושינגטון עם סגן הנשיא ג'יי די ואנס.", "2025-02-05")
    vance = [p for p in people if "ואנס" in " ".join(p[2])]
    assert len(vance) == 1 and vance[0][2] == ["ג'יי די ואנס"]
