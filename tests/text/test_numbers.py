"""The number and period readers: offsets, conventions, precision."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from legation.resources import languages, supporting
from legation.text.numbers import parse_numeral, read_numbers
from legation.text.periods import read_periods

LANGS = supporting("full")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGS), st.text(alphabet=st.sampled_from(list("0123456789 .,%$€-'milyonard bn"
                                                                         "млрдтыс долларов faiz yüzde")), max_size=60))
def test_offsets_always_slice_to_what_was_written(lang, text):
    for q in read_numbers(text, lang):
        assert text[q.start:q.end] == q.written
        lo, hi = q.bounds()
        assert lo <= q.value <= hi
    for p in read_periods(text, lang, read_numbers(text, lang)):
        assert text[p.start:p.end] == p.written


def test_decimal_and_thousands_marks_follow_the_language():
    assert parse_numeral("1,234", "en") == (1234.0, 0)
    assert parse_numeral("1,234", "ru") == (1.234, 3)
    assert parse_numeral("1.234,5", "de") == (1234.5, 1)
    assert parse_numeral("1,234.5", "de") == (1234.5, 1)
    assert parse_numeral("1 234,5", "fr") == (1234.5, 1)
    assert parse_numeral("523.7", "az") == (523.7, 1)
    assert parse_numeral("13,5", "ru") == (13.5, 1)


def test_precision_as_written_sets_the_interval():
    q = read_numbers("exports of $1.7 million", "en")[0]
    lo, hi = q.bounds()
    assert abs(lo - 1.65e6) < 1 and abs(hi - 1.75e6) < 1
    q = read_numbers("3 млрд 350 млн долларов", "ru")[0]
    assert q.value == 3.35e9 and q.half_step == 0.5e6


def test_hedges_widen_the_interval():
    exact = read_numbers("$2.5 billion", "en")[0].bounds()
    almost = read_numbers("almost $2.5 billion", "en")[0].bounds()
    over = read_numbers("more than $2.5 billion", "en")[0].bounds()
    assert almost[0] < exact[0] and almost[1] == exact[1]
    assert over[1] > exact[1]


def test_periods_resolve_against_publication():
    text = "in the first eight months of 2024, against the same period last year and last year"
    ps = read_periods(text, "en", read_numbers(text, "en"))
    assert ps[0].resolve(2024) == "2024-01/2024-08"
    assert [p.kind for p in ps] == ["months_to", "same_period", "year"]
    assert ps[2].resolve(2024) == "2023"


def test_a_year_with_decimals_is_read_as_written():
    text = "Hesabat 523.7-ci ildə hazırlanıb"
    (q,) = read_numbers(text, "az")
    assert q.kind == "year" and q.marked_year and q.numeral == 523.7
    (p,) = read_periods(text, "az", [q])
    assert p.resolve(2024) is None


def test_every_resource_language_reads_without_error():
    for lang in languages():
        read_numbers("12,5 % 2023 1 000 000", lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "in the first quarter of 2025", "2025-01/2025-03"),
    ("en", "during Q3 2024", "2024-07/2024-09"),
    ("en", "in the second half of 2023", "2023-07/2023-12"),
    ("ru", "за первое полугодие 2025 года", "2025-01/2025-06"),
    ("ru", "во втором квартале 2024 года", "2024-04/2024-06"),
    ("az", "2025-ci ilin birinci rübündə", "2025-01/2025-03"),
    ("tr", "2025 yılının ilk çeyreğinde", "2025-01/2025-03"),
    ("kk", "2025 жылдың бірінші тоқсанында", "2025-01/2025-03"),
    ("de", "im ersten Halbjahr 2025", "2025-01/2025-06"),
    ("de", "im dritten Quartal 2024", "2024-07/2024-09"),
    ("fr", "au premier semestre 2025", "2025-01/2025-06"),
    ("fr", "au quatrième trimestre 2023", "2023-10/2023-12"),
])
def test_quarters_and_halves_are_month_intervals(lang, text, expected):
    ps = read_periods(text, lang, read_numbers(text, lang))
    assert [p.resolve(2025) for p in ps] == [expected], [(p.written, p.kind) for p in ps]


@pytest.mark.parametrize("lang,text", [
    ("en", "since 1995"), ("ru", "с 1995 года"), ("tr", "1995 yılından bu yana"), ("de", "seit 1995"),
    ("fr", "depuis 1995"), ("kk", "1995 жылдан бері"),
])
def test_totals_since_a_year_are_cumulative(lang, text):
    ps = read_periods(text, lang, read_numbers(text, lang))
    assert [p.resolve(2025) for p in ps] == ["cumulative"], [(p.written, p.kind) for p in ps]


@pytest.mark.parametrize("lang, text, written, value, unit", [
    ("en", "exports of $１.７ million", "$１.７ million", 1.7e6, "USD"),          # fullwidth
    ("en", "growth of १२.५ percent", "१२.५ percent", 12.5, "percent"),           # Devanagari
    ("ar", "trade reached ١٢٫٥ مليار دولار", "١٢٫٥ مليار دولار", 12.5e9, "USD"),  # Arabic-Indic, CLDR's ٫
    ("ar", "بلغ ١٬٢٥٠ مليون يورو", "١٬٢٥٠ مليون يورو", 1.25e9, "EUR"),           # CLDR's grouping sign ٬
    ("fa", "به ۲٫۵ میلیارد دلار رسید", "۲٫۵ میلیارد دلار", 2.5e9, "USD"),        # Persian digits
])
def test_digits_of_every_script_are_read_where_they_stand(lang, text, written, value, unit):
    found = [q for q in read_numbers(text, lang) if q.written == written]
    assert found, [q.written for q in read_numbers(text, lang)]
    q = found[0]
    assert text[q.start:q.end] == written
    assert q.value == pytest.approx(value) and q.unit == unit


def test_native_decimal_and_grouping_signs_are_cldrs():
    """Each language's `format.native` is what CLDR (Babel) gives with its native digits,
    and a language whose native digits have signs of their own declares them."""
    from babel import Locale, UnknownLocaleError

    from legation import resources

    for lang in languages():
        native = resources.load(lang, "numbers").get("format", {}).get("native")
        try:
            locale = Locale.parse(lang)
        except (UnknownLocaleError, ValueError):
            continue
        system = dict(locale.other_numbering_systems).get("native", "latn")
        symbols = locale.number_symbols.get(system, {}) if system != "latn" else {}
        cldr = {"decimal": symbols.get("decimal"), "group": symbols.get("group")}
        if not any(cldr.values()):
            cldr = None     # no signs of its own (Chinese hanidec digits)
        if native is not None or (cldr and resources.load(lang, "numbers")):
            assert native == cldr, lang


@pytest.mark.parametrize("lang, text", [
    ("tr", "Ocak-eylül aylarında 12 milyon ton yük taşındı."),
    ("az", "Yanvar-sentyabr aylarında 3 milyon ton yük daşınıb."),
])
def test_a_currency_word_inside_another_word_is_no_currency(lang: str, text: str) -> None:
    # "lari" (Georgian lari) must not be read from the end of "aylarında" (in the months).
    assert [q.unit for q in read_numbers(text, lang) if q.value == (12e6 if lang == "tr" else 3e6)] == [None]
