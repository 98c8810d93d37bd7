"""Events read end to end in the languages brought to full support (issue 16): dates written as a
day only or on two clocks, expulsions and halts, visits and meetings, summits hosted by a third
country. Texts written from the facts of real reported happenings."""

from __future__ import annotations

import pytest

from legation import extract

CASES = [
    # APEC in Lima, 15 November 2024: Ishiba met Xi. The date on Tokyo's clock is no date of its
    # own; Peru, whose capital hosts the summit, and APEC, the summit's name, are no party.
    ("2024-11-16", "【リマ共同】石破茂首相は15日（日本時間16日）、アジア太平洋経済協力会議（APEC）首脳会議が"
     "開かれているペルーの首都リマで中国の習近平国家主席と初めて会談した。",
     ("CONSULT", {"JPN", "CHN"}, "2024-11-15")),
    # Poland expelled 45 Russian diplomats on 23 March 2022: "Polska" opens the sentence (also an
    # adjective, "Polish"), and the accusation of the next sentence is of the same day.
    ("2022-03-24", "Polska wydaliła w środę 45 rosyjskich dyplomatów podejrzewanych o szpiegostwo. Minister "
     "spraw zagranicznych Zbigniew Rau oskarżył Rosję o działalność wywiadowczą.",
     ("SANCTION", {"POL", "RUS"}, "2022-03-23")),
    # Czechia expelled 18 Russian diplomats on 17 April 2021; "the government" is the Czech one.
    ("2021-04-18", "Česko vyhostilo v sobotu 18 ruských diplomatů. Vláda obvinila Rusko z podílu na výbuších "
     "muničních skladů.", ("ACCUSE", {"CZE", "RUS"}, "2021-04-17")),
    # Poland closed the Russian consulate in Poznań (announced 22 October 2024).
    ("2024-10-22", "Polska zamyka rosyjski konsulat w Poznaniu. Decyzję ogłosił szef MSZ Radosław Sikorski, "
     "który oskarżył Rosję o próby sabotażu.", ("SANCTION", {"POL", "RUS"}, "2024-10-22")),
    # The Netherlands expelled two Russian diplomats (present tense, "het land uit").
    ("2024-05-14", "Nederland zet twee Russische diplomaten het land uit. Minister Veldkamp beschuldigt Rusland "
     "van spionage.", ("ACCUSE", {"NLD", "RUS"}, "2024-05-14")),
    # Turkey halted all trade with Israel on Thursday 2 May 2024: a sanction, not an arrest or attack.
    ("2024-05-03", "טורקיה הודיעה ביום חמישי על הפסקת כל הסחר עם ישראל. שר החוץ ישראל כ\"ץ האשים את נשיא טורקיה "
     "ארדואן בהפרת הסכמים.", ("SANCTION", {"TUR", "ISR"}, "2024-05-02")),
    ("2024-05-03", "טורקיה הודיעה ביום חמישי על הפסקת כל הסחר עם ישראל. שר החוץ ישראל כ\"ץ האשים את נשיא טורקיה "
     "ארדואן בהפרת הסכמים.", ("ACCUSE", {"TUR", "ISR"}, "2024-05-02")),
    # Seoul summoned a Japanese embassy official to protest: "일본대사관" is written as one word.
    ("2024-10-19", "외교부는 지난 18일 주한 일본대사관 총괄공사를 초치해 항의했다.",
     ("ACCUSE", {"KOR", "JPN"}, "2024-10-18")),
    # The EU granted Georgia candidate status on 14 December 2023, under a Brussels dateline.
    ("2023-12-15", "ბრიუსელი, 14 დეკემბერი. ევროკავშირმა საქართველოს კანდიდატის სტატუსი მიანიჭა.",
     ("SUPPORT", {"EU", "GEO"}, "2023-12-14")),
]


def _found(doc):
    return {(ev.type, frozenset((ev.source.code, ev.target.code)), ev.date) for ev in doc.events}


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_event_found_with_its_pair_and_date(published, text, expected):
    doc = extract(text, published=published)
    kind, pair, date = expected
    assert (kind, frozenset(pair), date) in _found(doc), _found(doc)


def test_a_clause_before_the_main_verb_keeps_its_own_pair():
    # Russia and North Korea signed their partnership treaty (June 2024); Japan voiced concern.
    doc = extract("ロシアと北朝鮮が包括的戦略パートナーシップ条約に署名したことについて、日本政府は20日、強い懸念を表明した。",
                  published="2024-06-21")
    pairs = {(ev.type, frozenset((ev.source.code, ev.target.code))) for ev in doc.events}
    assert ("SUPPORT", frozenset({"RUS", "PRK"})) in pairs
    assert not any("JPN" in pair for kind, pair in pairs if kind == "SUPPORT")


def test_a_broker_is_no_party():
    # Saudi Arabia and Iran agreed on 10 March 2023 to restore relations, in talks China hosted.
    doc = extract("اتفقت السعودية وإيران يوم الجمعة على استئناف العلاقات الدبلوماسية بينهما بعد محادثات في بكين "
                  "برعاية الصين.", published="2023-03-11")
    agree = {(ev.type, frozenset((ev.source.code, ev.target.code)), ev.date) for ev in doc.events
             if ev.type == "AGREE"}
    assert agree == {("AGREE", frozenset({"SAU", "IRN"}), "2023-03-10")}


def test_candidate_status_received_goes_to_the_recipient():
    doc = extract("საქართველომ ევროკავშირისგან კანდიდატის სტატუსი მიიღო.", published="2023-12-15")
    assert [(ev.type, ev.source.code, ev.target.code) for ev in doc.events] == [("SUPPORT", "EU", "GEO")]


def test_halting_trade_is_no_arrest():
    doc = extract("טורקיה עצרה את כל היצוא והיבוא מישראל.", published="2024-05-03")
    assert [(ev.type, ev.source.code, ev.target.code) for ev in doc.events] == [("SANCTION", "TUR", "ISR")]


def test_a_decision_to_close_a_consulate_is_no_agreement():
    doc = extract("De regering heeft besloten het Russische consulaat in Rotterdam te sluiten.", published="2024-05-14")
    assert [(ev.type, ev.source.code, ev.target.code) for ev in doc.events] == [("SANCTION", "NLD", "RUS")]


def test_bare_government_acts_for_the_language_country():
    doc = extract("Česko vyhostilo v sobotu 18 ruských diplomatů. Vláda obvinila Rusko z podílu na výbuších "
                  "muničních skladů.", published="2021-04-18")
    accuse = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert [(ev.source.code, ev.target.code) for ev in accuse] == [("CZE", "RUS")]
