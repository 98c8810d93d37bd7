"""The entities stage on the example article and on behaviour that holds in every language."""

from __future__ import annotations

from legation.extract import extract_path
from legation.stages._lexicons import Payload, city_index
from legation.stages.entities import PLACE, NameHit, _place_id
from tests.lang.entity_rows import read


def _by_kind(doc, kind):
    return [e for e in doc.entities if e.kind == kind]


def test_example_countries_place_and_orgs(example_path):
    doc = extract_path(example_path, until="officials")
    assert {e.code for e in _by_kind(doc, "country")} >= {"KAZ", "BEL"}
    places = {(e.name, e.country, e.geonameid) for e in _by_kind(doc, "place")}
    assert ("Brussels", "BEL", 2800866) in places
    assert {e.code for e in _by_kind(doc, "org")} >= {"EU", "UN", "OSCE"}
    for ent in doc.entities:
        assert ent.mentions
        for m in ent.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_one_entity_per_code_with_every_inflected_mention():
    doc = read("az", "Qazaxıstan və Belçika danışıqlar aparıb. Qazaxıstanın mövqeyi Belçikaya çatdırılıb.")
    kaz = [e for e in doc.entities if e.code == "KAZ"]
    assert len(kaz) == 1
    assert [m.text for m in kaz[0].mentions] == ["Qazaxıstan", "Qazaxıstanın"]
    assert kaz[0].name == "Kazakhstan"


def test_a_name_inside_a_longer_one_counts_as_the_longer():
    doc = read("en", "Parties to the UN Framework Convention on Climate Change met again.")
    assert {e.code for e in _by_kind(doc, "org")} == {"UNFCCC"}


def test_acronyms_only_match_in_capitals():
    doc = read("fr", "Un accord a été trouvé entre les deux pays.")
    assert not _by_kind(doc, "org")


def test_ambiguous_city_follows_the_country_named_in_the_document():
    index = city_index()
    paris, batumi = index.lookup("paris")[0], index.lookup("batumi")[0]
    # One surface, two cities (most populous first): a named country decides.
    hit = NameHit(0, 5, 5, Payload(PLACE), (paris, batumi))
    assert _place_id(hit, set()) == paris
    assert _place_id(hit, {"GEO"}) == batumi


def test_common_word_city_names_are_not_places():
    doc = read("tr", "Ana hedef, iki ülke arasındaki ticareti artırmak.")
    assert not _by_kind(doc, "place")


def test_curated_city_names_count_only_in_their_language():
    # "Seul" is Seoul in Azerbaijani and Turkish, and a French word.
    assert city_index("fr").lookup("seul") == ()
    assert city_index("az").lookup("seul") == city_index("tr").lookup("seul") != ()
    assert not _by_kind(read("fr", "Seul le ministre a pris la parole."), "place")
    assert [e.name for e in _by_kind(read("az", "Nümayəndə heyəti Seulda görüşlər keçirib."), "place")] == ["Seoul"]
    # English curated names count in every language.
    places = _by_kind(read("de", "Die Delegation reiste weiter nach New Delhi."), "place")
    assert [(e.name, e.country) for e in places] == [("New Delhi", "IND")]


def test_offices_that_speak_for_a_country_are_its_mentions():
    doc = read("en", "The Kremlin said talks with the State Department would resume. The kremlin wall is red.")
    by_code = {e.code: [m.text for m in e.mentions] for e in _by_kind(doc, "country")}
    assert by_code == {"RUS": ["Kremlin"], "USA": ["State Department"]}
