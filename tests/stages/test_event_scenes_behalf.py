"""Who acts when a passive summons is told beside another act, and when a statement is made on a
body's behalf. Texts written for these tests from reported happenings (Israeli fire on UNIFIL
positions in southern Lebanon, October 2024, and the Italian summons after it; EU statements of
solidarity after sabotage in Czechia, 2024)."""

import pytest

from legation import extract


def _events(text: str, lang: str, published: str = "2024-10-11") -> set[tuple[str, str, str]]:
    doc = extract(text, published=published, lang=lang)
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


@pytest.mark.parametrize(("lang", "text", "summoner"), [
    ("it", "ROMA, 10 ottobre - L'ambasciatore israeliano è stato convocato al ministero della Difesa dopo che le "
           "forze israeliane hanno sparato su posizioni dei caschi blu nel sud del Libano.", "ITA"),
    ("it", "MILANO - L'ambasciatore russo è stato convocato alla Farnesina dopo che droni russi hanno colpito "
           "una centrale elettrica in Ucraina.", "ITA"),
    ("en", "LONDON - The Russian ambassador was summoned to the Foreign Office after Russian drones struck a "
           "power plant in Ukraine.", "GBR"),
])
def test_a_place_of_the_act_told_after_a_passive_summons_did_not_summon(lang: str, text: str,
                                                                        summoner: str) -> None:
    found = _events(text, lang)
    accused = {tgt for kind, src, tgt in found if kind == "ACCUSE" and src == summoner}
    assert accused, found
    assert not any(kind == "ACCUSE" and src in ("LBN", "UKR") for kind, src, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "BRUSSELS - Solidarity with Czechia was expressed on behalf of the EU by the High Representative, "
           "who condemned the arson attack."),
    ("it", "BRUXELLES - La solidarietà con la Cechia è stata espressa a nome dell'Unione europea dall'Alto "
           "rappresentante, che ha condannato l'attacco incendiario."),
    ("de", "BRÜSSEL - Im Namen der EU bekundete der Hohe Vertreter seine Solidarität mit Tschechien und "
           "verurteilte den Brandanschlag."),
    ("fr", "BRUXELLES - Au nom de l'UE, le haut représentant a exprimé sa solidarité avec la Tchéquie et a "
           "condamné l'incendie criminel."),
    ("pt", "BRUXELAS - Em nome da UE, o Alto Representante manifestou solidariedade com a Chéquia e condenou "
           "o incêndio criminoso."),
    ("ro", "BRUXELLES - În numele UE, Înaltul Reprezentant și-a exprimat solidaritatea cu Cehia și a condamnat "
           "incendierea."),
])
def test_solidarity_on_the_eus_behalf_is_support_and_no_accusation_of_the_victim(lang: str, text: str) -> None:
    found = _events(text, lang, "2024-06-05")
    assert ("SUPPORT", "EU", "CZE") in found, found
    assert not any(kind == "ACCUSE" and {src, tgt} == {"EU", "CZE"} for kind, src, tgt in found), found


@pytest.mark.parametrize(("lang", "text", "named"), [
    ("en", "BERLIN - The economy minister had repeatedly demanded to reduce dependence on China.", "CHN"),
    ("pt", "LISBOA - O ministro tinha exigido repetidamente reduzir a dependência da China.", "CHN"),
    ("cs", "PRAHA - Ministr opakovaně požadoval snížit závislost na Rusku.", "RUS"),
    ("ar", "القاهرة - طالب الوزير مرارا بتقليل الاعتماد على الصين.", "CHN"),
])
def test_what_a_country_depends_on_is_no_party(lang: str, text: str, named: str) -> None:
    found = _events(text, lang, "2024-05-06")
    assert not any(named in (src, tgt) for _, src, tgt in found), found


def test_a_pair_that_agrees_to_cut_a_dependence_still_agrees() -> None:
    found = _events("OSLO - Germany agreed with Norway on Monday to reduce its dependence on Russian gas.", "en",
                    "2024-05-06")
    assert ("AGREE", "DEU", "NOR") in found, found
    assert not any("RUS" in (src, tgt) for _, src, tgt in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "PARIS - After the match, the French coach praised the spirit of the German players."),
    ("de", "PARIS - Nach dem Spiel lobte der französische Trainer den Kampfgeist der deutschen Spieler."),
])
def test_a_teams_people_are_no_state(lang: str, text: str) -> None:
    found = _events(text, lang, "2024-07-06")
    assert not any({src, tgt} == {"FRA", "DEU"} for _, src, tgt in found), found


def test_a_state_praising_a_state_is_still_support() -> None:
    assert ("SUPPORT", "FRA", "DEU") in _events("PARIS - France praised Germany on Friday for its support.", "en",
                                                "2024-07-06")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ISTANBUL - Ankara rejected on Friday the maritime deal signed by Athens and Cairo."),
    ("el", "ΘΕΣΣΑΛΟΝΙΚΗ - Η Άγκυρα απέρριψε την Παρασκευή τη θαλάσσια συμφωνία που υπέγραψαν η Αθήνα και το Κάιρο."),
])
def test_a_capital_rejecting_a_deal_of_two_others_rejects_each(lang: str, text: str) -> None:
    found = _events(text, lang, "2020-08-08")
    assert {("REJECT", "TUR", "GRC"), ("REJECT", "TUR", "EGY")} <= found, found
