"""PLOVER acts as news wire words them (issue 13): threats worded as future or conditional acts,
offers and promises, investigations, domestic protest without the word, requests worded as an
obligation or an order, and a title before a surname that GeoNames also knows as a place.

The sentences are written for these tests from facts of reported happenings."""

from __future__ import annotations

import pytest

from legation import extract


def _events(text: str, published: str = "2003-05-14") -> set[tuple[str, str, str]]:
    doc = extract(text, published=published, lang="en")
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


def _types(text: str, published: str = "2003-05-14") -> set[str]:
    return {t for t, _, _ in _events(text, published)}


# --- a title and a surname ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "person", "country"), [
    # "Bush" is also a village in Egypt; a premier of the Cayman Islands had the name in 2003.
    ("President Bush met Prime Minister Blair in Washington.", "2003-05-14", "George Bush", "USA"),
    ("President Bush met Prime Minister Blair in Washington.", "2000-01-01", "George Bush", "USA"),
])
def test_a_title_before_a_surname_names_a_person_not_a_place(text: str, published: str, person: str,
                                                             country: str) -> None:
    doc = extract(text, published=published, lang="en")
    people = {(e.name, e.country) for e in doc.entities if e.kind == "person"}
    assert (person, country) in people
    assert not any(e.kind == "place" and e.country == "EGY" for e in doc.entities)
    assert {(e.type, frozenset((e.source.code, e.target.code))) for e in doc.events} == \
        {("CONSULT", frozenset(("USA", "GBR")))}


def test_a_place_after_a_preposition_stays_a_place() -> None:
    doc = extract("Prime Minister Blair arrived in Bush, a town in Egypt.", published="2003-05-14", lang="en")
    assert any(e.kind == "place" and e.country == "EGY" for e in doc.entities)


# --- threats and intents worded as future or conditional acts --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # A future negative or coercive act its actor announces is a threat.
    ("Palestinian leaders said they would boycott all contact with the United States.", ("THREATEN", "PSE", "USA")),
    ("Russia said it would cut gas supplies to Ukraine if the debt is not paid.", ("THREATEN", "RUS", "UKR")),
    # A withdrawal of personnel announced for the future is a threat too.
    ("The United Nations will withdraw its weapons inspectors from Iraq.", ("THREATEN", "UN", "IRQ")),
    # A condition makes even a withdrawal a threat.
    ("Turkey will resume its offensive in Syria unless the Kurdish fighters withdraw.", ("THREATEN", "TUR", "SYR")),
    ("Iran swore to retaliate against Israel.", ("THREATEN", "IRN", "ISR")),
    # A future cooperative act is an intent.
    ("Russia is prepared to lift the ban on Georgian wine.", ("AGREE", "RUS", "GEO")),
    ("Israel will evacuate the settlements in Gaza.", ("AGREE", "ISR", "PSE")),
    ("Chinese President Jiang Zemin will visit Russia in June.", ("AGREE", "CHN", "RUS")),
    ("Ecuador and Peru accepted a formula for ending the border dispute.", ("AGREE", "ECU", "PER")),
])
def test_a_future_act_is_a_threat_or_an_intent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "Israel will evacuate the settlements in Gaza.",
    "Russia said it would cut gas supplies to Ukraine if the debt is not paid.",
])
def test_a_promised_act_is_not_reported_as_done(text: str) -> None:
    assert not _types(text) & {"RETREAT", "SANCTION"}


@pytest.mark.parametrize("text", [
    # A plan a third party reports, a denial, a possibility, sport and business.
    "U.S. officials said Russia would deploy troops to the border with Ukraine.",
    "Russia said it would not boycott the talks with Ukraine.",
    "Diplomats said the European Union could impose sanctions on Belarus.",
    "Russia may cut gas supplies to Ukraine, analysts said.",
    "Manchester United will face Real Madrid in the Champions League final.",
    "Toyota will invest in a new plant in Mexico.",
])
def test_no_threat_or_intent_from_what_is_no_commitment(text: str) -> None:
    assert not _types(text) & {"THREATEN", "AGREE", "MOBILIZE", "SANCTION"}


# --- investigations, protest without the word, requests as obligations or orders -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The IAEA dispatched inspectors to monitor nuclear sites in Iran.", ("ACCUSE", "IAEA", "IRN")),
    ("The United Nations opened an investigation into the shelling of a school in Gaza by Israel.",
     ("ACCUSE", "UN", "ISR")),
    ("The European Union said Serbia must ensure the arrest of Ratko Mladic.", ("REQUEST", "EU", "SRB")),
    ("The IMF concluded that Greece must allocate more money to pensions.", ("REQUEST", "IMF", "GRC")),
    ("Iraq pressed for the return of the prisoners held by Kuwait.", ("REQUEST", "IRQ", "KWT")),
    ("The government of South Korea was pressuring the unions to cancel the strike.", ("REQUEST", "KOR", "KOR")),
    ("Iraq told Kuwait to return the prisoners.", ("REQUEST", "IRQ", "KWT")),
    ("France and Germany coordinated their policy on Iraq.", ("COOPERATE", "FRA", "DEU")),
    ("Colombia is cooperating with the United States in the fight against drug traffickers.",
     ("COOPERATE", "COL", "USA")),
])
def test_the_act_is_found_with_its_pair(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "Transport workers in Greece stopped work for 24 hours.",
    "Riots broke out in the suburbs of Paris.",
    "Activists in Hong Kong collected signatures to press the legislature.",
    "Farmers blocked roads across France.",
])
def test_domestic_protest_without_the_word(text: str) -> None:
    assert "PROTEST" in _types(text)


def test_an_obligation_is_asked_not_done() -> None:
    assert _events("President Bush said Iraq must disarm.") == {("REQUEST", "USA", "IRQ")}


@pytest.mark.parametrize("text", [
    "Investigators said the plane crashed in Egypt because of a technical fault.",
    "Police in France are investigating the cause of the fire.",
    "Students in Cairo stopped work on their theses.",
    "The strike by Chelsea's forward sealed the win over Arsenal.",
    "The court ordered the company to pay compensation.",
])
def test_homonyms_and_background_give_no_event(text: str) -> None:
    assert not _types(text) & {"ACCUSE", "PROTEST", "REQUEST", "COOPERATE"}


@pytest.mark.parametrize("text", [
    "The United Nations announced plans to withdraw its weapons inspectors from Iraq.",
    "The United Nations announced it will withdraw its weapons inspectors from Iraq.",
])
def test_an_announced_withdrawal_of_inspectors_is_a_threat_not_an_intent(text: str) -> None:
    assert _events(text) == {("THREATEN", "UN", "IRQ")}


def test_what_protesters_demand_of_their_state_is_their_protest() -> None:
    types = _types("Thousands of Serbs rallied in Belgrade against the government and demanded that it resign.")
    assert "PROTEST" in types and "REQUEST" not in types


def test_a_demand_of_another_state_beside_a_protest_is_kept() -> None:
    events = _events("Thousands of Serbs rallied in Belgrade and demanded that NATO halt the bombing of Serbia.")
    assert ("REQUEST", "SRB", "NATO") in events


# --- mobilisation and cooperation ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("India placed its troops on alert along the border with Pakistan.", ("MOBILIZE", "IND", "PAK")),
    ("Israel massed tanks along its border with Lebanon.", ("MOBILIZE", "ISR", "LBN")),
    ("North Korea put its army on a war footing against the United States.", ("MOBILIZE", "PRK", "USA")),
    # Troops kept on alert, forces strengthened, an offensive prepared, hackers trained: forces made ready.
    ("Turkish troops remained on alert along the border with Syria.", ("MOBILIZE", "TUR", "SYR")),
    ("Azerbaijan has strengthened its forces along the border with Armenia.", ("MOBILIZE", "AZE", "ARM")),
    ("The Azerbaijani army prepared to resume shelling Armenian positions.", ("MOBILIZE", "AZE", "ARM")),
    ("Iran has trained thousands of hackers to wage cyber attacks on the United States.", ("MOBILIZE", "IRN", "USA")),
    ("French and Egyptian troops held military maneuvers in the desert west of Cairo.", ("COOPERATE", "FRA", "EGY")),
    ("Pakistan cooperated with the United States in the hunt for al-Qaeda leaders.", ("COOPERATE", "PAK", "USA")),
])
def test_mobilisation_and_cooperation(text: str, expected: tuple[str, str, str]) -> None:
    events = _events(text)
    assert expected in events or (expected[0], expected[2], expected[1]) in events


@pytest.mark.parametrize("text", [
    "Iran refused to cooperate with the United Nations inspectors.",
    "The party mobilized voters across Ukraine ahead of the election.",
    "Samsung and Sony collaborated on a new television screen in Japan.",
    "Residents of Florida were kept on alert as the hurricane approached Cuba.",
])
def test_no_mobilisation_or_cooperation_from_refusals_and_homonyms(text: str) -> None:
    assert not _types(text) & {"MOBILIZE", "COOPERATE"}


# --- agreements to meet ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "India and Pakistan agreed to resume talks on Kashmir.",
    "Israel and Lebanon agreed to start negotiations on their maritime border.",
])
def test_talks_agreed_to_are_an_intent_not_talks_held(text: str) -> None:
    events = _events(text)
    assert "CONSULT" not in {t for t, _, _ in events}
    assert {(s, t) for ty, s, t in events if ty == "AGREE"}


def test_talks_held_where_an_agreement_was_reached_are_kept() -> None:
    types = _types("Armenia and Azerbaijan held talks in Washington and agreed to exchange prisoners.")
    assert {"CONSULT", "AGREE"} <= types


# --- restrictions eased ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("China removed restrictions on imports of Australian wine.", ("CONCEDE", "CHN", "AUS")),
    ("The United States scrapped restrictions on arms sales to Vietnam.", ("CONCEDE", "USA", "VNM")),
])
def test_restrictions_cancelled_or_removed_are_eased(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)
