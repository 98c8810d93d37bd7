"""Ordinary words of the text are no places: weekday names, and common words that name small places.

A weekday written with its capital ("Kamis", Thursday in Indonesian) names a city only when the city
is big or a posting word comes before it. A small place (under the build script's population) whose
name is a common word of the language (`data/common_places.tsv`, from word frequencies) is taken only
with a cue: a posting word before it, a locative ending, a dateline, or its country named in the text.
"""

from __future__ import annotations

from legation import gazetteer
from legation.stages import entities

from tests.lang.entity_rows import check_entities
from tests.lang.table import table

DROPPED = [
    # Weekdays written with a capital.
    ("id", "Pada hari Kamis menteri luar negeri tiba di Surabaya.", {"Surabaya/IDN"}),
    ("id", "Kamis pagi, duta besar Jepang menyerahkan surat kepercayaan.", {"JPN"}),
    # Common words that GeoNames also gives to a small place.
    ("es", "El Gobierno presentó la Reforma y la Justicia quedó en el centro del debate.", set()),
    ("ar", "نشرت وزارة الخارجية البيان الختامي للاجتماع.", set()),
    ("pt", "O ministro defendeu a Reforma da Previdência diante dos deputados.", set()),
]

KEPT = [
    # A posting word before the name, or its country named in the text, makes it a place.
    ("es", "Los delegados se reunieron en Reforma para firmar el acuerdo.", {"Reforma/MEX"}),
    ("es", "El presidente de México inauguró la planta de Reforma.", {"MEX", "Reforma/MEX"}),
    # Big places whose names are words are not in the table at all.
    ("de", "Der Außenminister sprach am Donnerstag mit Journalisten in Weimar.", {"Weimar/DEU"}),
    ("ar", "وصل وزير الخارجية إلى القاهرة صباح الخميس.", {"Cairo/EGY"}),
]

test_dropped = table(check_entities, DROPPED)
test_kept = table(check_entities, KEPT)


def test_the_table_holds_small_places_only() -> None:
    """Every listed name is a name of places all smaller than the script's limit, in its language."""
    names = gazetteer.common_places("es")
    assert "reforma" in names and "justicia" in names
    assert "madrid" not in names and "méxico" not in names
    index = entities.city_index("es")
    for name in names:
        ids = index.lookup(name)
        assert ids and all(gazetteer.city(g).population < 50_000 for g in ids)


def test_a_language_without_a_table_keeps_its_cities() -> None:
    assert gazetteer.common_places("xx") == frozenset()
