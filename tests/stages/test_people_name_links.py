"""Names linked to the office-holders table by one of their words, and the country a link gives."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _people(text: str, lang: str, published: str = "2025-06-02") -> list[tuple[str, str | None, list[str]]]:
    doc = extract(text, published=published, lang=lang)
    return [(e.name, e.country, [m.text for m in e.mentions]) for e in doc.entities if e.kind == "person"]


# A surname with an Arabic article written onto it with a hyphen is part of the name: the given
# name before it is no surname to look up alone (an "Ahmed" of another country's table).
@pytest.mark.parametrize("lang,text", [
    ("en", "Ahmed al-Sharaa landed in Ankara on Monday for talks on trade and reconstruction."),
    ("tr", "Ahmed eş-Şara pazartesi günü Ankara'ya geldi ve ticaret konularını görüştü."),
    ("de", "Ahmed al-Scharaa landete am Montag in Ankara zu Gesprächen über den Handel."),
    ("ru", "Ахмед аш-Шараа в понедельник прибыл в Анкару для переговоров о торговле."),
])
def test_given_name_before_a_prefixed_surname_is_no_surname_alone(lang: str, text: str) -> None:
    people = _people(text, lang)
    assert all(country != "ETH" for _, country, _ in people), people
    assert all(mentions[0].split()[0] != mentions[0] for _, _, mentions in people), people


@pytest.mark.parametrize("lang,text,written", [
    ("tr", "Suriye Cumhurbaşkanı Ahmed eş-Şara Ankara'ya geldi.", "Ahmed eş-Şara"),
    ("en", "Egypt's President Abdel Fattah el-Sisi received Foreign Minister Asaad al-Shaibani of Syria.",
     "Asaad al-Shaibani"),
])
def test_prefixed_surname_is_written_with_the_name(lang: str, text: str, written: str) -> None:
    people = _people(text, lang)
    assert any(mentions == [written] and country == "SYR" for _, country, mentions in people), people


def test_common_given_name_alone_needs_the_holders_country_in_the_text() -> None:
    # "Ahmed" opens many holders' names: alone it is no Ethiopian prime minister in an article
    # about Turkey, but it is where the article speaks of Ethiopia.
    assert _people("Ahmed told reporters in Ankara that trade with Turkey would grow.", "en") == []
    assert _people("Ethiopia wants a port on the Red Sea, Ahmed told parliament in Addis Ababa.", "en") == [
        ("Abiy Ahmed Ali", "ETH", ["Ahmed"])]


def test_surname_alone_still_links_a_leader() -> None:
    assert _people("Lavrov said on Monday that the talks would go on.", "en") == [
        ("Sergey Lavrov", "RUS", ["Lavrov"])]


# Xi Jinping as Serbian (Latin and Cyrillic) and Uzbek reports transcribe him: đ, ђ and the sz of
# "Szinpin" are the j of other transcriptions, and "Si" the syllable xi.
@pytest.mark.parametrize("lang,text", [
    ("sr", "Kineski predsednik Si Đinping doputovao je u Beograd u utorak."),
    ("sr", "Кинески председник Си Ђинпинг допутовао је у Београд у уторак."),
    ("uz", "Si Szinpin seshanba kuni Toshkentga keldi."),
    ("ru", "Си Цзиньпин во вторник прибыл в Москву."),
    ("en", "Xi Jinping arrived in Moscow on Tuesday."),
])
def test_xi_jinping_in_slavic_and_turkic_transcriptions(lang: str, text: str) -> None:
    people = _people(text, lang, "2024-05-07")
    assert [(name, country) for name, country, _ in people] == [("Xi Jinping", "CHN")]


def test_transcription_letters_fold_alike_and_russian_english_keys_stay_apart() -> None:
    from legation.text.names import name_key, skeleton
    assert name_key("Si Szinpin", "uz") == name_key("Си Цзиньпин", "ru") == "si jinpin"
    assert skeleton("Si Đinping") == skeleton("Си Ђинпинг") == skeleton("Xi Jinping")
    # Other names keep their keys: a Russian and an English spelling of one name still differ
    # where they did ("Lavrov"), and a Hungarian sz before another vowel is still s.
    assert name_key("Лавров", "ru") == name_key("Lavrov", "en") == "lavrov"
    assert name_key("Szabó", "hu") == "szabo"
