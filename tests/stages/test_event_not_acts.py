"""Words of an act that report no act here: a participle that qualifies a noun ("the jailed
journalist") and harm done by a natural hazard ("the earthquake ... killing"). Texts written for
these tests from reported happenings (Belarus and the journalist Andrzej Poczobut, 2021-2023;
the Turkish earthquake of 6 February 2023 and the aid sent after it)."""

import pytest

from legation import extract


def _events(text: str, lang: str, published: str = "2023-02-10") -> set[tuple[str, str, str]]:
    doc = extract(text, published=published, lang=lang)
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "MINSK, Feb 9 - Belarus expelled two Polish diplomats on Thursday in a dispute over the jailed "
           "journalist Andrzej Poczobut."),
    ("de", "MINSK - Belarus wies am Donnerstag zwei polnische Diplomaten aus, im Streit um den inhaftierten "
           "Journalisten Andrzej Poczobut."),
])
def test_a_participle_before_a_noun_is_no_act(lang: str, text: str) -> None:
    found = _events(text, lang)
    assert ("SANCTION", "BLR", "POL") in found, found
    assert not any(kind == "COERCE" for kind, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "MINSK, March 26 - Belarusian authorities detained the journalist Andrzej Poczobut on Thursday."),
    ("de", "MINSK - Belarussische Behörden haben den Journalisten Andrzej Poczobut am Donnerstag inhaftiert."),
])
def test_the_same_participle_as_the_verb_is_the_act(lang: str, text: str) -> None:
    assert ("COERCE", "BLR", "BLR") in _events(text, lang, "2021-03-27")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ANKARA, Feb 8 - Azerbaijan sent rescuers and humanitarian aid to Turkey on Wednesday. The earthquake "
           "struck south-eastern Turkey on Monday, killing more than 5,000 people and destroying thousands of "
           "buildings."),
    ("es", "ANKARA, 8 feb. - Azerbaiyán envió rescatistas y ayuda humanitaria a Turquía el miércoles. El terremoto "
           "sacudió el sureste de Turquía el lunes, matando a más de 5.000 personas y destruyendo miles de "
           "edificios."),
])
def test_harm_done_by_an_earthquake_is_no_act(lang: str, text: str) -> None:
    found = _events(text, lang)
    assert ("AID", "AZE", "TUR") in found, found
    assert not any(kind in ("COERCE", "ASSAULT") for kind, _, _ in found), found


def test_harm_done_by_people_after_a_hazard_is_still_an_act() -> None:
    found = _events("KYIV, May 12 - After the floods, Russian missiles struck Kharkiv on Sunday, killing seven "
                    "people and destroying homes, Ukraine's interior ministry said.", "en", "2024-05-12")
    assert any(kind in ("COERCE", "ASSAULT") and (src, tgt) == ("RUS", "UKR") for kind, src, tgt in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "TBILISI, May 10 - Russian President Vladimir Putin on Wednesday signed a decree abolishing visas for "
           "Georgian citizens."),
    ("ru", "ТБИЛИСИ, 10 мая. Президент России Владимир Путин в среду подписал указ об отмене визового режима для "
           "граждан Грузии."),
    ("de", "TIFLIS - Russlands Präsident Wladimir Putin hat am Mittwoch ein Dekret unterzeichnet, das die "
           "Visumpflicht für georgische Bürger aufhebt."),
])
def test_signing_a_decree_is_no_signing_with_another_state_and_what_it_lifts_is_a_retreat(lang: str,
                                                                                             text: str) -> None:
    found = _events(text, lang, "2023-05-10")
    assert ("RETREAT", "RUS", "GEO") in found, found
    assert not any(kind == "SUPPORT" for kind, _, _ in found), found


def test_lifting_a_ban_is_no_ban_and_the_ban_s_year_is_no_date_of_the_act() -> None:
    found = _events("TBILISI, May 10 - Moscow on Wednesday lifted its 2019 ban on direct flights to Georgia.",
                    "en", "2023-05-10")
    assert found == {("RETREAT", "RUS", "GEO")}, found


def test_a_treaty_signed_with_another_state_is_still_a_signing() -> None:
    found = _events("ASTANA, Nov 2 - Kazakhstan and France signed a treaty on strategic partnership on Thursday.",
                    "en", "2023-11-03")
    assert ("SUPPORT", "FRA", "KAZ") in found or ("SUPPORT", "KAZ", "FRA") in found, found
