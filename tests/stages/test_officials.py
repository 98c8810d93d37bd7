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
    assert people["Jeroen Cooreman"].role == "director-general"
    assert len(people) == 2
    # The surname alone, later in the text, is the same person.
    assert len(people["Roman Vassilenko"].mentions) >= 2
    for person in people.values():
        for m in person.mentions:
            assert doc.text[m.start:m.end] == m.text
    # "Roman" is a first name here, not the Romanian city.
    assert not any(e.kind == "place" and e.name == "Roman" for e in doc.entities)


def test_inflected_and_possessive_mentions_join_one_person():
    doc = read("tr", "Gürcistan Cumhurbaşkanı Salome Zurabişvili geldi. Zurabişvili'ye teşekkür edildi.")
    person = _people(doc)["Salome Zurabişvili"]
    assert [m.text for m in person.mentions] == ["Salome Zurabişvili", "Zurabişvili'ye"]


def test_surname_base_form_is_taken_from_another_mention():
    doc = read("az", "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğanla görüş olub. Ərdoğan bəyanat verib.")
    assert "Rəcəb Tayyib Ərdoğan" in _people(doc)


def test_cyrillic_names_are_transliterated():
    doc = read("ru", "Заместитель министра иностранных дел Азербайджана Эльнур Мамедов прибыл в Минск.")
    person = _people(doc)["Elnur Mamedov"]
    assert (person.role, person.country) == ("deputy foreign minister", "AZE")


def test_composite_role_and_country_after_the_role():
    doc = read("fr", "Il a rencontré le vice-Premier ministre et ministre des Affaires étrangères du "
                     "Kazakhstan, Murat Nurtleu, à Bakou.")
    person = _people(doc)["Murat Nurtleu"]
    assert person.role == "deputy prime minister and foreign minister"
    assert person.country == "KAZ"


def test_a_delegation_side_names_the_country_when_the_role_does_not():
    doc = read("az", "Görüşdə Gürcüstan tərəfinə xarici işlər nazirinin müavini Lasha Darsalia başçılıq edib.")
    assert _people(doc)["Lasha Darsalia"].country == "GEO"


def test_country_of_a_city_where_the_official_is_is_not_whom_they_serve():
    doc = read("az", "Kubada səfərdə olan nazir müavini Tural Həsənov görüşlər keçirib.")
    assert _people(doc)["Tural Həsənov"].country is None


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
    assert set(_people(doc)) == {"Ayşe Kaya"}


def test_every_mention_of_a_declined_name_joins_the_nominative_person():
    doc = read("ru", "Министр иностранных дел России Сергей Лавров прибыл в Минск. "
                     "Переговоры с министром иностранных дел России Сергеем Лавровым длились час.")
    person = _people(doc)["Sergey Lavrov"]
    assert [m.text for m in person.mentions] == ["Сергей Лавров", "Сергеем Лавровым"]
