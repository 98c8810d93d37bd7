"""AID, AGREE and SANCTION as acts, read by the whole pipeline from sentences of real reported
happenings: a decision to sanction is one act, severed relations and a state joining the step,
aid announced during a visit, agreements between two states, an announced summit."""

from __future__ import annotations

import pytest

from tests.lang.event_rows import extracted_events


def _acts(lang: str, published: str, text: str) -> set[tuple[str, str, str, str]]:
    return {(t, s, o, d) for t, s, o, d, _ in extracted_events(lang, published, text)}


# 4. Agreeing or deciding to sanction is the sanction, not also an AGREE with its target
#    (EU leaders agreed the ban on Russian LNG on 23 October 2025; the sixth package on 3 June 2022).
@pytest.mark.parametrize("lang,published,text", [
    ("en", "2025-10-23", "BRUSSELS, Oct 23. European Union leaders agreed to ban imports of Russian liquefied "
                         "natural gas from 2027."),
    ("en", "2022-06-03", "BRUSSELS, June 3. The EU agreed a sixth package of sanctions against Russia that bans "
                         "most Russian oil imports."),
    ("en", "2025-10-23", "BRUSSELS, Oct 23. The European Union agreed on Thursday to impose new sanctions on "
                         "Russia, including a ban on Russian LNG imports."),
])
def test_an_agreed_sanction_is_one_sanction(lang: str, published: str, text: str) -> None:
    acts = _acts(lang, published, text)
    assert ("SANCTION", "EU", "RUS", published) in acts
    assert not any(t == "AGREE" for t, *_ in acts)


# 2. Two states agreeing (in a third country) to restore relations: the agreement, not the
#    restoring as a deed of its own (Iran and Saudi Arabia in Beijing, 10 March 2023).
@pytest.mark.parametrize("lang,text", [
    ("ar", "الرياض - اتفقت المملكة العربية السعودية وإيران يوم الجمعة في بكين على استئناف العلاقات الدبلوماسية "
           "وإعادة فتح سفارتيهما خلال شهرين."),
    ("en", "BEIJING, March 10. Iran and Saudi Arabia agreed in Beijing on Friday to restore diplomatic relations "
           "and reopen their embassies within two months."),
])
def test_agreeing_to_restore_relations_is_an_agreement_only(lang: str, text: str) -> None:
    acts = _acts(lang, "2023-03-10", text)
    assert {(t, frozenset((s, o))) for t, s, o, _ in acts} == {("AGREE", frozenset(("IRN", "SAU")))}


# 5. Severing relations, and a third state joining the step "in solidarity": its sanction is
#    against the same target, not against the state it joined (Mali and Niger against Ukraine,
#    August 2023; Mexico and Nicaragua against Ecuador, April 2024).
@pytest.mark.parametrize("lang,text", [
    ("ru", "МОСКВА, 7 августа. Мали разорвала дипломатические отношения с Украиной. Нигер в знак солидарности "
           "с Мали также разорвал отношения с Украиной."),
    ("uk", "КИЇВ, 7 серпня. Малі розірвала дипломатичні відносини з Україною. Нігер на знак солідарності з Малі "
           "також розірвав відносини з Україною."),
    ("fr", "PARIS, 7 août. Le Mali a rompu ses relations diplomatiques avec l'Ukraine. Le Niger a également rompu "
           "ses relations avec l'Ukraine, par solidarité avec le Mali."),
    ("es", "MADRID, 7 de agosto. Malí rompió relaciones diplomáticas con Ucrania. Níger también rompió sus "
           "relaciones con Ucrania en solidaridad con Malí."),
    ("en", "KYIV, Aug 7. Mali severed diplomatic relations with Ukraine. Niger also cut ties with Ukraine in "
           "solidarity with Mali."),
])
def test_a_state_joining_a_break_sanctions_the_same_target(lang: str, text: str) -> None:
    sanctions = {(s, o) for t, s, o, _ in _acts(lang, "2023-08-07", text) if t == "SANCTION"}
    assert sanctions == {("MLI", "UKR"), ("NER", "UKR")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "MEXICO, 6 avril. Le Mexique a rompu ses relations diplomatiques avec l'Équateur."),
    ("es", "MÉXICO, 6 de abril. México ha roto relaciones con Ecuador tras el asalto a su embajada en Quito."),
    ("it", "CITTÀ DEL MESSICO, 6 aprile. Il Messico ha rotto le relazioni con l'Ecuador."),
    ("pt", "CIDADE DO MÉXICO, 6 de abril. O México rompeu relações com o Equador."),
    ("de", "MEXIKO-STADT, 6. April. Mexiko brach die diplomatischen Beziehungen zu Ecuador ab."),
])
def test_severed_relations_are_a_sanction(lang: str, text: str) -> None:
    assert ("SANCTION", "MEX", "ECU", "2024-04-06") in _acts(lang, "2024-04-06", text)


# 1. Aid announced during a visit, the receiver named or only the host of the visit (Pedro Sánchez
#    in Kyiv, 23 February 2023; Rishi Sunak in Kyiv, 12 January 2024).
@pytest.mark.parametrize("lang,published,text,giver", [
    ("es", "2023-02-23", "KIEV, 23 de febrero. El presidente del Gobierno, Pedro Sánchez, visitó Kiev este jueves. "
                         "Durante su visita, Sánchez anunció el envío de seis carros de combate Leopard.", "ESP"),
    ("es", "2022-04-21", "KIEV, 21 de abril. Sánchez, de visita en Kiev, anunció el envío de 200 toneladas de "
                         "material militar a Ucrania.", "ESP"),
    ("en", "2024-01-12", "KYIV, 12 January. During his visit to Kyiv, British Prime Minister Rishi Sunak announced "
                         "a new package of military aid to Ukraine.", "GBR"),
    ("en", "2023-02-23", "KYIV, Feb 23. During his visit to Kyiv, Spanish Prime Minister Pedro Sanchez announced "
                         "the delivery of Leopard tanks to Ukraine.", "ESP"),
    ("fr", "2024-01-12", "KIEV, 12 janvier. Lors de sa visite à Kiev, le Premier ministre britannique Rishi Sunak a "
                         "annoncé une nouvelle aide militaire à l'Ukraine.", "GBR"),
    ("it", "2024-01-12", "KIEV, 12 gennaio. Durante la sua visita a Kiev, il primo ministro britannico Rishi Sunak "
                         "ha annunciato un nuovo pacchetto di aiuti militari all'Ucraina.", "GBR"),
    ("pt", "2024-01-12", "KIEV, 12 de janeiro. Durante a sua visita a Kiev, o primeiro-ministro britânico Rishi Sunak "
                         "anunciou um novo pacote de ajuda militar à Ucrânia.", "GBR"),
    ("ru", "2024-01-12", "КИЕВ, 12 января. В ходе визита в Киев премьер-министр Великобритании Риши Сунак объявил "
                         "о новом пакете военной помощи Украине.", "GBR"),
])
def test_aid_announced_during_a_visit_goes_from_the_visitor_to_the_host(
        lang: str, published: str, text: str, giver: str) -> None:
    acts = _acts(lang, published, text)
    assert ("AID", giver, "UKR", published) in acts
    assert not any(t == "AGREE" for t, *_ in acts)       # pledged aid is aid, not an intention


# 3. An announced summit: AGREE between the two, dated by the announcement, not by the day the
#    summit is to be held (Trump and Putin in Alaska, announced 8 August 2025 for the 15th;
#    Biden and Putin in Geneva, announced 25 May 2021 for 16 June).
@pytest.mark.parametrize("published,text,day", [
    ("2025-08-09", "WASHINGTON, Aug 9. The White House announced on Friday that President Donald Trump and Russian "
                   "President Vladimir Putin will meet in Alaska on August 15.", "2025-08-08"),
    ("2025-08-09", "MOSCOW, Aug 9. The Kremlin announced that Vladimir Putin and Donald Trump will meet in Alaska on "
                   "August 15.", "2025-08-09"),
    ("2021-05-25", "WASHINGTON, May 25. President Joe Biden and Russian President Vladimir Putin will hold a summit in "
                   "Geneva on June 16, the White House said.", "2021-05-25"),
])
def test_an_announced_summit_is_agreed_on_the_day_of_the_announcement(published: str, text: str, day: str) -> None:
    agreed = {(frozenset((s, o)), d) for t, s, o, d in _acts("en", published, text) if t == "AGREE"}
    assert agreed == {(frozenset(("USA", "RUS")), day)}


def test_a_day_to_come_is_this_years_when_the_sentence_looks_forward() -> None:
    from legation.extract import extract

    doc = extract("The two presidents will meet in Alaska on August 15.", published="2025-08-09", lang="en")
    assert [d.iso for d in doc.layers["dates"]] == ["2025-08-15"]
    doc = extract("The two presidents met in Alaska on August 15.", published="2025-08-09", lang="en")
    assert [d.iso for d in doc.layers["dates"]] == ["2024-08-15"]
