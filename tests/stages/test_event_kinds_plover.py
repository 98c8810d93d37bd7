"""PLOVER's material types by the CAMEO categories under them (issue 13), as news agencies word
them: RETREAT (release, return, ease sanctions or a blockade, allow inspectors in, withdraw),
CONCEDE (yield, drop an objection, accede to demands, call off a protest, apologise), MOBILIZE (troops,
warships, alert status: never support or opinion), COOPERATE (joint drills, shared intelligence),
PROTEST and COERCE, and words that must not be read as an assault."""

import pytest

from legation import extract


def _events(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    doc = extract(text, published="2024-05-20", lang=lang)
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


def _types(text: str, lang: str = "en") -> set[str]:
    return {t for t, _, _ in _events(text, lang)}


@pytest.mark.parametrize(("text", "expected"), [
    # RETREAT: return or release of persons or property (CAMEO 084).
    ("Iran released the British-flagged tanker Stena Impero on Friday.", ("RETREAT", "IRN", "GBR")),
    ("Russia returned three captured Ukrainian navy ships to Ukraine on Monday.", ("RETREAT", "RUS", "UKR")),
    ("Azerbaijan repatriated five Armenian soldiers on Thursday.", ("RETREAT", "AZE", "ARM")),
    # RETREAT: sanctions, an embargo or a blockade eased (085, 0872).
    ("The United States eased sanctions on Venezuela's oil sector on Wednesday.", ("RETREAT", "USA", "VEN")),
    ("Saudi Arabia lifted its blockade of Qatar on Tuesday.", ("RETREAT", "SAU", "QAT")),
    ("Washington lifted the arms embargo on Vietnam on Monday.", ("RETREAT", "USA", "VNM")),
    # RETREAT: international involvement allowed in (086).
    ("Iran allowed IAEA inspectors into the Fordow site on Tuesday.", ("RETREAT", "IRN", "IAEA")),
    # RETREAT: forces pulled back (087).
    ("Russian forces pulled out of the Kharkiv region of Ukraine on Saturday.", ("RETREAT", "RUS", "UKR")),
    ("Armenia handed the Kalbajar district back to Azerbaijan on Wednesday.", ("RETREAT", "ARM", "AZE")),
    # CONCEDE: yield, drop an objection, accede to a demand (080, 083).
    ("Turkey dropped its objections to Finland's NATO membership on Monday.", ("CONCEDE", "TUR", "FIN")),
    ("Hungary dropped its veto on aid for Ukraine on Thursday.", ("CONCEDE", "HUN", "UKR")),
    ("Serbia bowed to pressure from the European Union and withdrew the law on Friday.", ("CONCEDE", "SRB", "EU")),
    # MOBILIZE: forces deployed, reinforced or put on alert (150-154).
    ("China dispatched warships and fighter jets near Taiwan on Monday.", ("MOBILIZE", "CHN", "TWN")),
    ("Russia reinforced its troops along the border with Ukraine on Tuesday.", ("MOBILIZE", "RUS", "UKR")),
    ("India stationed additional troops along its border with China on Friday.", ("MOBILIZE", "IND", "CHN")),
    ("Serbia raised the combat readiness of its army on the border with Kosovo on Saturday.",
     ("MOBILIZE", "SRB", "XKX")),
    ("Armenia declared a general mobilisation after Azerbaijan's offensive on Sunday.", ("MOBILIZE", "ARM", "AZE")),
    # COOPERATE: joint drills, shared intelligence (062, 064).
    ("Japan and the Philippines held joint naval drills in the South China Sea on Saturday.",
     ("COOPERATE", "JPN", "PHL")),
    ("South Korea and Japan resumed military intelligence sharing on Monday.", ("COOPERATE", "KOR", "JPN")),
    ("Russian and Chinese bombers conducted a joint patrol over the Sea of Japan on Tuesday.",
     ("COOPERATE", "RUS", "CHN")),
    # PROTEST: demonstrations, marches, obstruction (141, 144).
    ("Hundreds of Serbs demonstrated outside the U.S. embassy in Belgrade on Sunday.", ("PROTEST", "SRB", "USA")),
    ("Polish farmers blocked the border crossings with Ukraine on Monday.", ("PROTEST", "POL", "UKR")),
    ("Jordanians marched on the Israeli embassy in Amman on Friday.", ("PROTEST", "JOR", "ISR")),
    # COERCE: property destroyed, media shut, emergency rule (1712, 1721, 1724).
    ("Israeli forces demolished Palestinian homes in the West Bank on Wednesday.", ("COERCE", "ISR", "PSE")),
    ("Russia blocked the websites of three German newspapers on Monday.", ("COERCE", "RUS", "DEU")),
])
def test_act_found_with_its_pair(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "Iran released the British-flagged tanker Stena Impero on Friday.",
    "The United States eased sanctions on Venezuela's oil sector on Wednesday.",
    "Saudi Arabia lifted its blockade of Qatar on Tuesday.",
])
def test_a_retreat_is_no_coercion_or_concession(text: str) -> None:
    """Easing a blockade or sanctions is a material retreat (CAMEO 085, 0872), not the blockade."""
    assert not _types(text) & {"COERCE", "CONCEDE", "SANCTION"}


def test_an_apology_is_a_concession() -> None:
    """The PLOVER manual: expressions of regret or remorse are CONCEDE."""
    found = _events("Japan apologized to South Korea for the wartime forced labour on Monday.")
    assert ("CONCEDE", "JPN", "KOR") in found and not any(t == "SUPPORT" for t, _, _ in found)


@pytest.mark.parametrize("text", [
    # Support, opinion and votes mobilised are no forces.
    "Ukraine mobilized international support against Russia on Monday.",
    "Russia mobilised opposition to the resolution among African states on Friday.",
])
def test_mobilising_support_is_no_military_move(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    # An object handed over is no judicial cooperation.
    ("Germany handed over the presidency of the Council to France on Monday.", "COOPERATE"),
    # Workers occupying their factory protest; they do not invade.
    ("Striking workers occupied the Renault factory in France on Tuesday.", "ASSAULT"),
    # Shells moved, fighting threatened: no assault happened.
    ("Russia threatened to fight Ukraine on Friday.", "ASSAULT"),
    ("Russia accused Ukraine of using civilians as human shields on Monday.", "ASSAULT"),
])
def test_words_that_are_no_act_of_that_type(text: str, unwanted: str) -> None:
    assert unwanted not in _types(text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The same split in other languages: sanctions lifted are a RETREAT.
    ("de", "Die USA hoben am Montag die Sanktionen gegen Venezuela auf.", ("RETREAT", "USA", "VEN")),
    ("fr", "La France a levé les sanctions contre la Syrie lundi.", ("RETREAT", "FRA", "SYR")),
    ("es", "Estados Unidos levantó las sanciones contra Venezuela el lunes.", ("RETREAT", "USA", "VEN")),
    ("ru", "США отменили санкции против Венесуэлы в понедельник.", ("RETREAT", "USA", "VEN")),
])
def test_the_split_holds_in_other_languages(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(text, lang)
    assert expected in found and not any(t in ("CONCEDE", "SANCTION") for t, _, _ in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Japan entschuldigte sich am Montag bei Südkorea für die Zwangsarbeit."),
    ("it", "Il Giappone si è scusato con la Corea del Sud lunedì."),
])
def test_an_apology_stays_a_concession_in_other_languages(lang: str, text: str) -> None:
    assert ("CONCEDE", "JPN", "KOR") in _events(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Forces sent or deployed near another country, and joint drills, in other languages.
    ("de", "China entsandte am Montag Kriegsschiffe in die Nähe von Taiwan.", ("MOBILIZE", "CHN", "TWN")),
    ("fr", "La Chine a dépêché des troupes à la frontière avec l'Inde lundi.", ("MOBILIZE", "CHN", "IND")),
    ("es", "Rusia desplegó soldados en la frontera con Ucrania el lunes.", ("MOBILIZE", "RUS", "UKR")),
    ("ru", "Китай направил военные корабли к Тайваню в понедельник.", ("MOBILIZE", "CHN", "TWN")),
    ("ru", "Россия и Китай провели совместные военно-морские учения в Японском море.", ("COOPERATE", "RUS", "CHN")),
    ("es", "Japón y Filipinas realizaron ejercicios militares conjuntos el sábado.", ("COOPERATE", "JPN", "PHL")),
    ("fr", "Le Japon et les Philippines ont mené des exercices navals conjoints samedi.", ("COOPERATE", "JPN", "PHL")),
    ("de", "Russland und China hielten gemeinsame Manöver im Japanischen Meer ab.", ("COOPERATE", "RUS", "CHN")),
    ("es", "Irán liberó a los rehenes británicos el viernes.", ("RETREAT", "IRN", "GBR")),
])
def test_military_moves_and_joint_drills_in_other_languages(lang: str, text: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert expected in _events(text, lang)
