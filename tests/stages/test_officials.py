"""The officials stage: people next to role words, tied to the country they serve."""

from __future__ import annotations

from legation.extract import extract_path
from tests.lang.entity_rows import read


def _people(doc):
    return {e.name: e for e in doc.entities if e.kind == "person"}


def test_example_officials(example_path):
    doc = extract_path(example_path, until="officials")
    people = _people(doc)
    assert people["Roman Vassilenko"].country == "KAZ"
    assert people["Roman Vassilenko"].role == "deputy foreign minister"
    assert people["Jeroen Cooreman"].country == "BEL"
    assert people["Jeroen Cooreman"].role == "director-general for bilateral relations"
    assert len(people) == 2
    # The surname alone, later in the text, is the same person.
    assert len(people["Roman Vassilenko"].mentions) >= 2
    for person in people.values():
        for m in person.mentions:
            assert doc.text[m.start:m.end] == m.text
    # "Roman" is a first name here, not the Romanian city.
    assert not any(e.kind == "place" and e.name == "Roman" for e in doc.entities)


def test_inflected_and_possessive_mentions_join_one_person():
    doc = read("tr", "Gürcistan Cumhurbaşkanı Nino Tsereteli geldi. Tsereteli'ye teşekkür edildi.")
    person = _people(doc)["Nino Tsereteli"]
    assert [m.text for m in person.mentions] == ["Nino Tsereteli", "Tsereteli'ye"]


def test_surname_base_form_is_taken_from_another_mention():
    doc = read("az", "Türkiyə Ticarət naziri Kərim Yıldırımla görüş olub. Yıldırım bəyanat verib.")
    person = _people(doc)["Karim Yildirim"]
    assert [m.text for m in person.mentions] == ["Kərim Yıldırımla", "Yıldırım"]


def test_cyrillic_names_are_transliterated():
    doc = read("ru", "Заместитель министра иностранных дел Азербайджана Тимур Гасанов прибыл в Минск.")
    person = _people(doc)["Timur Gasanov"]
    assert (person.role, person.country) == ("deputy foreign minister", "AZE")


def test_composite_role_and_country_after_the_role():
    doc = read("fr", "Il a rencontré le vice-Premier ministre et ministre des Affaires étrangères du "
                     "Kazakhstan, Daulet Abenov, à Bakou.")
    person = _people(doc)["Daulet Abenov"]
    assert person.role == "deputy prime minister and foreign minister"
    assert person.country == "KAZ"


def test_a_delegation_side_names_the_country_when_the_role_does_not():
    doc = read("az", "Görüşdə Gürcüstan tərəfinə xarici işlər nazirinin müavini Lasha Darsalia başçılıq edib.")
    assert _people(doc)["Lasha Darsalia"].country == "GEO"


def test_country_of_a_city_where_the_official_is_is_not_whom_they_serve():
    doc = read("az", "Kubada səfərdə olan nazir müavini Tural Həsənov görüşlər keçirib.")
    assert _people(doc)["Tural Hasanov"].country is None


def test_capitalised_words_without_a_role_are_not_people():
    doc = read("en", "Green Energy Week opened in Astana with Central Bank experts.")
    assert not _people(doc)


def test_a_name_known_from_elsewhere_starts_a_new_person():
    doc = read("en", "Georgian Prime Minister Levan Beridze arrived on Monday. "
                     "Azerbaijani Prime Minister Ali Asadov Levan Beridze talks followed.")
    people = _people(doc)
    assert set(people) == {"Levan Beridze", "Ali Asadov"}
    assert people["Ali Asadov"].country == "AZE"
    assert people["Levan Beridze"].country == "GEO"
    assert len(people["Levan Beridze"].mentions) == 2


def test_a_role_after_a_comma_introducing_the_next_name_is_not_the_first_ones():
    doc = read("tr", "Levan Beridze, Türkiye Ticaret Bakanı Ayşe Kaya'yı kabul etti.")
    assert set(_people(doc)) == {"Ayse Kaya"}


def test_every_mention_of_a_declined_name_joins_the_nominative_person():
    doc = read("ru", "Министр иностранных дел России Андрей Беляков прибыл в Минск. "
                     "Переговоры с министром иностранных дел России Андреем Беляковым длились час.")
    person = _people(doc)["Andrey Belyakov"]
    assert [m.text for m in person.mentions] == ["Андрей Беляков", "Андреем Беляковым"]


def test_azerbaijani_spelling_is_shown_in_english_style_romanisation():
    doc = read("az", "Özbəkistanın xarici işlər naziri Fərrux Tursunov Bakıya gəlib. Tursunovu prezident qəbul edib.")
    person = _people(doc)["Farrukh Tursunov"]
    assert person.country == "UZB"
    # Mentions keep the words as the text writes them.
    assert [m.text for m in person.mentions][0] == "Fərrux Tursunov"


def test_a_foreign_name_an_azerbaijani_text_keeps_in_its_own_spelling_is_not_romanised():
    doc = read("az", "Niderlandın səfiri Cornelis Vermeer Bakıda görüşlər keçirib.")
    assert set(_people(doc)) == {"Cornelis Vermeer"}


def test_turkish_names_lose_their_diacritics_as_english_reports_write_them():
    doc = read("tr", "Kazakistan Dışişleri Bakanı Gülşen Özkılıç Ankara'ya geldi.")
    person = _people(doc)["Gulsen Ozkilic"]
    assert person.mentions[0].text == "Gülşen Özkılıç"
