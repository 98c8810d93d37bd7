"""A level called a record high must stand above the year before's: two years' values swapped against
the words are flagged, consistent ones are not. Sentences are written for these tests from Korea's,
Japan's and China's reported trade with Vietnam (2021: 80.7 and 2022: 87.7 billion dollars for Korea)."""

from __future__ import annotations

import pytest

from legation import extract

_SWAPPED = [
    ("ko", "2022년 한국과 베트남의 교역액은 807억 달러로 역대 최고치를 기록해 2021년의 877억 달러를 웃돌았다."),
    ("ko", "지난해 한국과 베트남의 교역액은 807억 달러로 사상 최대를 기록했다. 2021년 교역액은 877억 달러였다."),
    ("ko", "2021년 한국과 베트남의 교역액은 877억 달러였다. 2022년에는 사상 최대인 807억 달러를 기록했다."),
    ("ja", "2022年の日本とベトナムの貿易額は過去最高の400億ドルとなり、2021年の480億ドルを上回った。"),
    # "The year before" counts back from the year reported, not from publication.
    ("ko", "지난해 한국과 베트남의 교역액은 사상 최대인 807억 달러로 전년(877억 달러)을 넘어섰다."),
    ("ja", "昨年の日本とベトナムの貿易額は過去最高の400億ドルで、前年の480億ドルを上回った。"),
    ("zh", "2022年中国与越南的贸易额达到创纪录的1700亿美元，2021年为2300亿美元。"),
    ("en", "Trade between South Korea and Vietnam reached a record high of $80.7 billion in 2022, against "
           "$87.7 billion in 2021."),
]


def _swap(lang: str, text: str) -> str:
    """The same text with its two amounts in their right years."""
    pairs = {"ko": ("807", "877"), "ja": ("400", "480"), "zh": ("1700", "2300"), "en": ("80.7", "87.7")}
    a, b = pairs[lang]
    return text.replace(a, "\0").replace(b, a).replace("\0", b)


@pytest.mark.parametrize("lang, text", _SWAPPED)
def test_a_record_below_the_year_before_is_flagged_naming_both_numbers(lang: str, text: str) -> None:
    doc = extract(text, lang=lang, published="2023-01-20")
    errors = [f for f in doc.flags if f.severity == "error"]
    assert [f.kind for f in errors] == ["period_order"]
    assert {f.period for f in doc.figures} == {"2021", "2022"}
    assert all(fid in {f.id for f in doc.figures} for fid in errors[0].figures)
    assert len(errors[0].figures) == 2


@pytest.mark.parametrize("lang, text", _SWAPPED)
def test_a_record_above_the_year_before_gives_no_error(lang: str, text: str) -> None:
    doc = extract(_swap(lang, text), lang=lang, published="2023-01-20")
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]
    assert len(doc.figures) == 2
