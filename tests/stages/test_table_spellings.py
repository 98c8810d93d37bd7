"""One official across scripts: a local spelling of an office holder is shown as the office-holders
table spells the person, and a surname alone or an inflected name the table knows is found.

Texts written for these tests from reported facts (dates are the articles' days)."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _people(text: str, day: str) -> dict[str, tuple[str | None, str | None]]:
    doc = extract(text, published=day)
    return {e.name: (e.role, e.country) for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize("text", [
    "Президент Китая Си Цзиньпин провел переговоры в Москве.",
    "ჩინეთის პრეზიდენტი სი ძინპინი პეკინში სტუმრებს შეხვდა.",
    "ბლინკენი ჩინეთის ლიდერს სი ძინპინს შეხვდა.",          # "leader" is a role too
    "الرئيس الصيني شي جين بينغ استقبل ضيوفه في بكين.",
    "Hszi Csin-ping kínai elnök Pekingben fogadta Orbán Viktor miniszterelnököt.",
])
def test_the_chinese_president_is_one_official_in_four_scripts(text):
    people = _people(text, "2023-03-21")
    assert "Xi Jinping" in people
    assert people["Xi Jinping"][1] == "CHN"


@pytest.mark.parametrize(("text", "name"), [
    ("Der ukrainische Präsident Wolodymyr Selenskyj traf am Montag Bundeskanzler Olaf Scholz in Berlin.",
     "Volodymyr Zelenskyy"),
    ("Președintele ucrainean Volodimir Zelenski a sosit la București.", "Volodymyr Zelenskyy"),
    ("Azərbaycanın xarici işlər naziri Ceyhun Bayramov Vaşinqtona səfər edib.", "Jeyhun Bayramov"),
    ("Госсекретарь США Энтони Блинкен прибыл в Анкару.", "Antony Blinken"),
    ("ԱՄՆ պետքարտուղար Էնթոնի Բլինքենը ժամանել է Երևան։", "Antony Blinken"),
])
def test_a_local_spelling_of_a_known_holder_gets_the_tables_spelling(text, name):
    assert name in _people(text, "2023-06-01")


def test_a_namesake_who_only_sounds_alike_keeps_his_own_name():
    # An ambassador is one of many in office at once: the skeleton alone is no witness.
    people = _people("Le chargé d'affaires français Jean Lemaire a été convoqué au ministère.", "2023-06-01")
    assert "Jean Lemaire" in people


def test_a_surname_alone_takes_the_full_name_of_the_leader_in_office():
    people = _people("Алиев заявил в Баку, что Азербайджан готов к переговорам.", "2023-06-01")
    assert people == {"Ilham Aliyev": (None, "AZE")}


def test_an_inflected_name_without_a_role_is_found_when_the_table_knows_it():
    people = _people("Кремль объявил о визите Си Цзиньпина в Москву.", "2023-03-10")
    assert people == {"Xi Jinping": (None, "CHN")}


def test_the_head_of_an_international_organisation_serves_it():
    people = _people("Mark Rutte ist seit Dienstag Generalsekretär der NATO.", "2024-10-05")
    assert people["Mark Rutte"][1] == "NATO"


def test_a_japanese_leader_in_hangul_is_one_person_in_full_and_by_surname():
    people = _people("윤석열 대통령은 도쿄에서 기시다 후미오 총리와 회담했다. 기시다 총리는 협력을 강조했다.",
                     "2023-03-16")
    assert people["Fumio Kishida"] == ("prime minister", "JPN")
    assert len(people) == 2          # no second, mangled person for the surname alone


def test_a_foreign_ambassador_in_korea_is_found_with_a_long_hangul_surname():
    people = _people("외교부는 게오르기 지노비예프 주한 러시아 대사를 초치했다.", "2024-03-20")
    assert [(role, country) for role, country in people.values()] == [("ambassador", "RUS")]


def test_a_korean_official_is_not_taken_for_the_tables_holder_of_another_given_name():
    people = _people("김홍균 외교부 제1차관은 러시아 대사를 초치했다.", "2024-03-20")
    assert list(people) == ["Kim Hong-gyun"]       # spelled from the Hangul, the press's way: no holder's name


def test_a_hebrew_name_ends_where_its_holder_s_name_does():
    doc = extract("נשיא איחוד האמירויות מוחמד בן זאיד נפגש עם הנשיא הרצוג באבו דאבי.", published="2023-11-05")
    mentions = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.kind == "person"}
    assert mentions["Mohammed bin Zayed Al Nahyan"] == ["מוחמד בן זאיד"]     # not cut at "בן"
    assert mentions["Isaac Herzog"] == ["הרצוג"]                             # "באבו" (in Abu) is no part


@pytest.mark.parametrize("text", [
    "נשיא טורקיה רג'פ טאיפ ארדואן אמר כי הצעד יימשך.",
    "נשיא טורקיה ארדואן אמר כי הצעד יימשך.",
    "Президент Турции Реджеп Тайип Эрдоган заявил, что торговля будет остановлена.",
    "Cumhurbaşkanı Recep Tayyip Erdoğan açıklama yaptı.",
])
def test_the_turkish_president_is_one_official_whether_the_soft_g_is_written_or_not(text):
    assert _people(text, "2024-04-09") == {"Recep Tayyip Erdoğan": ("president", "TUR")}


def test_a_title_between_a_role_and_the_name_in_hebrew():
    people = _people("הנשיא הרצוג נפגש עם נשיא האמירויות, השייח' מוחמד בן זאיד.", "2023-11-05")
    assert people["Mohammed bin Zayed Al Nahyan"] == ("president", "ARE")


def test_a_stop_word_that_is_also_a_given_name_opens_a_name_after_a_role():
    doc = extract("नई दिल्ली में अमेरिकी राष्ट्रपति जो बाइडेन ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की। बाइडेन ने कहा कि "
                  "दोनों देश साथ काम करेंगे।", published="2023-09-08")
    people = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.kind == "person"}
    assert people["Joe Biden"] == ["जो बाइडेन", "बाइडेन"]
    assert "Narendra Modi" in people


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Bauernpräsident Joachim Rukwied kündigte weitere Proteste gegen die Regierung an.", "Joachim Rukwied", "head"),
    ("Der katalanische Separatistenführer Carles Puigdemont kehrte nach Spanien zurück.", "Carles Puigdemont",
     "opposition politician"),
    ("Журналист Дмитрий Петров был задержан вместе с оппозиционером.", "Dmitry Petrov", "journalist"),
    ("Лидер оппозиции Алексей Навальный задержан после возвращения в Москву.", "Aleksey Navalny",
     "opposition politician"),
])
def test_people_outside_the_state_are_found_by_their_roles(text, name, role):
    assert _people(text, "2024-01-15")[name][0] == role


@pytest.mark.parametrize("text", [
    "Die Chefin des Internationalen Währungsfonds, Kristalina Georgiewa, sagte, die Ukraine brauche Hilfe.",
    "Directorul general al FMI, Kristalina Georgieva, a anunțat un nou împrumut pentru Ucraina.",
])
def test_the_head_of_an_international_organisation_is_found_with_her_role(text):
    assert _people(text, "2024-03-20")["Kristalina Georgieva"][1] == "IMF"


def test_inflected_leaders_named_without_a_role():
    people = _people("Путин в телефонном разговоре принес извинения Ильхаму Алиеву за инцидент с самолетом, "
                     "сообщили в Кремле.", "2024-12-29")
    assert people["Vladimir Putin"][1] == "RUS"
    assert people["Ilham Aliyev"][1] == "AZE"
