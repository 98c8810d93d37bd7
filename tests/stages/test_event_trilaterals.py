"""Meetings of three states (made-up sentences): every pair of the three met.

- A list of three names with only commas between them ("Монгол, Орос, Хятадын төрийн тэргүүн нар")
  is one list, though no conjunction closes it; the summit whose sidelines it met on is its setting
  (Mongolian "дээд хэмжээний уулзалт" names a gathering), no party.
- A trilateral summit or meeting named as a noun ("τριμερής σύνοδος", "тристранна среща",
  "pertemuan trilateral", "القمة الثلاثية") is a meeting of the three states it names.
"""

from __future__ import annotations

from legation.extract import extract

from tests.lang.table import table


def _pairs(a: str, b: str, c: str) -> set[tuple[str, frozenset[str]]]:
    return {("CONSULT", frozenset(p)) for p in ((a, b), (a, c), (b, c))}


def check_found(lang: str, text: str, expected: set[tuple[str, frozenset[str]]]) -> None:
    doc = extract(text, published="2024-05-10", lang=lang)
    assert {(e.type, frozenset((e.source.code, e.target.code))) for e in doc.events} == expected


ROWS = [
    ("mn", "УЛААНБААТАР, 5-р сарын 10. Монгол, Орос, Хятадын төрийн тэргүүн нарын зургаа дахь удаагийн гурван "
           "талт уулзалт Самарканд хотод болов.", _pairs("MNG", "RUS", "CHN")),
    ("mn", "УЛААНБААТАР, 5-р сарын 10. Монгол Улсын Ерөнхийлөгч У.Хүрэлсүх, ОХУ-ын Ерөнхийлөгч В.Путин, "
           "БНХАУ-ын дарга Си Жиньпин нар ШХАБ-ын дээд хэмжээний уулзалтын үеэр Самарканд хотод гурван талт "
           "уулзалт хийлээ.", _pairs("MNG", "RUS", "CHN")),
    ("el", "ΑΘΗΝΑ, 10 Μαΐου. Η 9η τριμερής σύνοδος κορυφής Ελλάδας, Κύπρου και Αιγύπτου πραγματοποιήθηκε στην Αθήνα.",
     _pairs("GRC", "CYP", "EGY")),
    ("bg", "СОФИЯ, 10 май. Тристранната среща на върха на България, Гърция и Румъния се проведе в София.",
     _pairs("BGR", "GRC", "ROU")),
    ("id", "JAKARTA, 10 Mei. Pertemuan trilateral Indonesia, Malaysia dan Filipina digelar di Jakarta.",
     _pairs("IDN", "MYS", "PHL")),
    ("ar", "القاهرة، 10 مايو. عقدت في القاهرة القمة الثلاثية بين مصر والأردن والعراق.", _pairs("EGY", "JOR", "IRQ")),
]

test_trilaterals = table(check_found, ROWS)
