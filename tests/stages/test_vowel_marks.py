"""Vowel marks and tatweel written in the text are read past, and offsets still point at the text.

Arabic news now and then writes a shadda, tanwin or short vowel ("المتّحدة", "فَرَنْسَا"), or
stretches a word with tatweel ("القـاهرة"); Hebrew may carry niqqud ("צָרְפַת"). Names are found
as if the marks were not there, and every mention is the text as written.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from legation.text.matcher import without_vowel_marks
from tests.lang.entity_rows import check_entities, read
from tests.lang.table import table

ROWS = [
    ("ar", "أعلنت الولايات المتّحدة أنّ وزيرها سيزور القـاهرة الأسبوع المقبل.", {"USA", "Cairo/EGY"}),
    ("ar", "قالت فَرَنْسَا إنها ستدعم العِرَاقَ في مجلس الأمن.", {"FRA", "IRQ", "UNSC"}),
    ("ar", "وصل الوفد الـسعودي إلى بيروت.", {"SAU", "Beirut/LBN"}),
    ("fa", "وزیر خارجهٔ ایران به مسکو سفر کرد.", {"IRN", "Moscow/RUS"}),
    ("he", "נשיא צָרְפַת ביקר בירושלים.", {"FRA", "Jerusalem/ISR"}),
]

test_marked_names = table(check_entities, ROWS)


def test_mentions_keep_the_marks_as_written() -> None:
    text = "استقبل الرئيس وزير خارجية مِصْرَ في عمّان."
    doc = read("ar", text)
    spans = {e.code or e.name: [text[m.start:m.end] for m in e.mentions] for e in doc.entities}
    assert spans.get("EGY") == ["مِصْرَ"]


_ALPHABET = st.sampled_from(list("abc بيان\u064e\u0651\u064b\u0640\u05b8\u05b0צרפת"))


@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_bare_spans_map_to_text_spans(text: str) -> None:
    bare, at = without_vowel_marks(text)
    if at is None:
        assert bare == text
        return
    assert len(at) == len(bare) + 1 and at[-1] == len(text)
    for s in range(len(bare)):
        for e in range(s, len(bare) + 1):
            assert without_vowel_marks(text[at[s]:at[e]])[0] == bare[s:e]
