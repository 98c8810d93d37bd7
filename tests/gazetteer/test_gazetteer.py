"""What the gazetteer answers: country, city and calendar names, generated and curated."""

from __future__ import annotations

import pytest

from legation import gazetteer
from legation.text.fold import fold


@pytest.mark.parametrize(("lang", "name", "code"), [
    ("az", "Qazaxıstan", "KAZ"),
    ("az", "Belçika", "BEL"),
    ("az", "ABŞ", "USA"),                 # curated
    ("ru", "Казахстан", "KAZ"),
    ("ru", "ФРГ", "DEU"),                 # curated
    ("ru", "Мьянма", "MMR"),              # CLDR "Мьянма (Бирма)" without the bracket
    ("ru", "Бирма", "MMR"),               # ... and the bracket itself
    ("kk", "Қазақстан", "KAZ"),
    ("tr", "Türkiye", "TUR"),
    ("tr", "Kazakistan", "KAZ"),
    ("de", "Belgien", "BEL"),
    ("de", "BRD", "DEU"),
    ("fr", "Belgique", "BEL"),
    ("en", "Kazakhstan", "KAZ"),
    ("en", "Turkey", "TUR"),              # GeoNames' English name beside CLDR's "Türkiye"
    ("en", "UK", "GBR"),
    ("sr", "Казахстан", "KAZ"),           # Cyrillic and Latin locales of one language
    ("sr", "Kazahstan", "KAZ"),
    ("pt-BR", "Cazaquistão", "KAZ"),      # a region suffix falls back to the language
])
def test_country_names(lang: str, name: str, code: str) -> None:
    assert (name, code) in gazetteer.country_names(lang)


def test_bracketed_qualifier_is_not_a_country_name() -> None:
    # CLDR's "Американские Виргинские острова (США)": "США" must stay the USA.
    ru = gazetteer.country_names("ru")
    assert ("США", "USA") in ru
    assert [code for name, code in ru if name == "США"] == ["USA"]


def test_unknown_language_has_no_names() -> None:
    assert gazetteer.country_names("xx") == []


def test_country_codes() -> None:
    assert gazetteer.country_label("KAZ") == "Kazakhstan"
    assert gazetteer.country_label("BEL") == "Belgium"
    assert gazetteer.is_country("BEL") and gazetteer.is_country("kaz")
    assert not gazetteer.is_country("EUU") and not gazetteer.is_country("UN")
    assert gazetteer.alpha3("KZ") == "KAZ" and gazetteer.alpha3("be") == "BEL"
    assert gazetteer.alpha3("EU") is None


def test_exact_country_names_keep_case() -> None:
    assert ("US", "USA") in gazetteer.exact_country_names("en")
    # "US" folds to a pronoun, so it is not among the folded-matchable names.
    assert "US" not in {name for name, _ in gazetteer.country_names("en")}


def _cities_named(name: str, lang: str | None = None) -> set[int]:
    key = fold(name)
    return {gid for surface, gid in gazetteer.city_names(lang) if fold(surface) == key}


@pytest.mark.parametrize(("name", "geonameid", "country"), [
    ("Brussels", 2800866, "BEL"),
    ("Brüssel", 2800866, "BEL"),
    ("Брюссель", 2800866, "BEL"),
    ("Bruxelles", 2800866, "BEL"),
    ("Naxçıvan", 147429, "AZE"),
    ("Tiflis", 611717, "GEO"),
    ("Bakü", 587084, "AZE"),
    ("Астана", 1526273, "KAZ"),
    ("Nur-Sultan", 1526273, "KAZ"),
    ("Genf", 2660646, "CHE"),             # the Swiss city, not the American towns
    ("Islamabad", 1176615, "PAK"),        # a city's own name beats another's old alternate
    ("Davos", 2661039, "CHE"),            # below 15,000 inhabitants, kept as curated
    ("Xankəndi", 146970, "AZE"),          # curated (az)
    ("New Delhi", 1261481, "IND"),        # curated: GeoNames lists it under Delhi
])
def test_city_names(name: str, geonameid: int, country: str) -> None:
    assert _cities_named(name) == {geonameid}
    assert gazetteer.city(geonameid).country == country


@pytest.mark.parametrize("word", ["of", "Seul", "Қазан", "Mexico", "Kuwait"])
def test_common_words_and_country_names_are_not_city_names(word: str) -> None:
    # "Of" (Turkey), French "seul" (Seoul), Kazakh October (Kazan); country names
    # stay countries.
    assert _cities_named(word, "en") == set()


def test_curated_names_of_one_language() -> None:
    assert _cities_named("Seul", "az") == {1835848}
    assert _cities_named("Seul", "fr") == set()


def test_city_record() -> None:
    brussels = gazetteer.city(2800866)
    assert (brussels.name, brussels.country) == ("Brussels", "BEL")
    assert brussels.population > 100_000
    with pytest.raises(KeyError):
        gazetteer.city(1)


def test_no_machine_romanisations() -> None:
    # GeoNames carries lower-case transliteration debris such as this one.
    names = {surface for surface, _ in gazetteer.city_names()}
    assert "aisakaladesa-inagoradani" not in names
    assert all(len(name) >= 2 for name in names)


@pytest.mark.parametrize(("code", "capital"), [
    ("KAZ", "Astana"), ("BEL", "Brussels"), ("AZE", "Baku"), ("LIE", "Vaduz"),
])
def test_capital(code: str, capital: str) -> None:
    city = gazetteer.capital(code)
    assert city is not None and city.name == capital and city.country == code


def test_no_capital() -> None:
    assert gazetteer.capital("ATA") is None


@pytest.mark.parametrize(("lang", "name", "month"), [
    ("ru", "октября", 10),               # genitive, CLDR format/wide
    ("ru", "Октябрь", 10),               # nominative, stand-alone
    ("ru", "окт.", 10),
    ("ru", "окт", 10),
    ("az", "oktyabr", 10),
    ("kk", "қазан", 10),
    ("tr", "Ekim", 10),
    ("tr", "Ağustos", 8),
    ("de", "März", 3),
    ("fr", "août", 8),
    ("en", "September", 9),
    ("uk", "жовтня", 10),
    ("pl", "października", 10),
    ("sr", "октобар", 10),
    ("sr", "oktobar", 10),
])
def test_months(lang: str, name: str, month: int) -> None:
    assert gazetteer.months(lang)[fold(name)] == month


@pytest.mark.parametrize(("lang", "name", "day"), [
    ("tr", "Pazartesi", 0), ("tr", "Pazar", 6), ("en", "Sunday", 6),
    ("ru", "понедельник", 0), ("az", "bazar ertəsi", 0), ("de", "Freitag", 4),
])
def test_weekdays(lang: str, name: str, day: int) -> None:
    assert gazetteer.weekdays(lang)[fold(name)] == day


REQUIRED_CALENDAR = (
    "en ru az tr kk de fr uk uz es it pl ar fa zh pt nl ro sr hr bg ka hy ky tg tk be lt lv "
    "et fi sv da no cs sk hu el he ja ko hi ur id ms vi"
).split()


@pytest.mark.parametrize("lang", REQUIRED_CALENDAR)
def test_every_required_language_has_twelve_months_and_seven_days(lang: str) -> None:
    assert set(gazetteer.months(lang).values()) == set(range(1, 13))
    assert set(gazetteer.weekdays(lang).values()) == set(range(7))
