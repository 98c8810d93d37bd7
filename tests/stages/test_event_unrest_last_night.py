"""Street protests and their dispersal with one country on both sides, and "last night" as the day
before publication (made-up sentences).

- Bulgarian verbs of protest inflected from their lemmas ("протестираха", "излязоха на протест"),
  Belarusian "выйшлі на пратэст", "пратэставалі", and Mongolian "тараав" (dispersed) are domestic
  acts: the country against its own state, dated by the sentence.
- "Last night" words (bg "снощи", sr "синоћ", ro "aseară", en "last night", id "semalam", fa "دیشب",
  mn "өнгөрсөн шөнө", ...) date an act to the day before publication, as "yesterday" does.
"""

from __future__ import annotations

from legation.extract import extract

from tests.lang.date_rows import check_dates
from tests.lang.table import table


def check_found(lang: str, published: str, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    doc = extract(text, published=published, lang=lang)
    assert {(e.type, e.source.code, e.target.code, e.date) for e in doc.events} == expected


UNREST = [
    ("bg", "2023-07-10", "СОФИЯ, 10 юли. Хиляди души протестираха вчера пред Министерския съвет в София.",
     {("PROTEST", "BGR", "BGR", "2023-07-09")}),
    ("bg", "2023-07-10", "СОФИЯ, 10 юли. Учителите излязоха на протест пред парламента в София.",
     {("PROTEST", "BGR", "BGR", "2023-07-10")}),
    ("bg", "2023-07-10", "СОФИЯ, 10 юли. Хиляди души протестираха снощи пред Министерския съвет.",
     {("PROTEST", "BGR", "BGR", "2023-07-09")}),
    ("be", "2020-08-10", "МІНСК, 10 жніўня. Учора тысячы людзей выйшлі на пратэст у Мінску.",
     {("PROTEST", "BLR", "BLR", "2020-08-09")}),
    ("mn", "2022-12-05", "УЛААНБААТАР, 12-р сарын 5. Цагдаа нар жагсагчдыг Сүхбаатарын талбайгаас тараав.",
     {("COERCE", "MNG", "MNG", "2022-12-05")}),
]

test_unrest = table(check_found, UNREST)


LAST_NIGHT = [
    ("bg", "2024-11-20", "Снощи министърът проведе среща.", [("Снощи", "2024-11-19", "relative")]),
    ("sr", "2024-11-20", "Министар је синоћ одржао састанак.", [("синоћ", "2024-11-19", "relative")]),
    ("ro", "2024-11-20", "Ministrul a avut aseară o întâlnire.", [("aseară", "2024-11-19", "relative")]),
    ("en", "2024-11-20", "The minister held a meeting last night.", [("last night", "2024-11-19", "relative")]),
    ("id", "2024-11-20", "Menteri mengadakan pertemuan tadi malam.", [("tadi malam", "2024-11-19", "relative")]),
    ("fa", "2024-11-20", "وزیر دیشب نشستی برگزار کرد.", [("دیشب", "2024-11-19", "relative")]),
    ("mn", "2024-11-20", "Сайд өнгөрсөн шөнө уулзалт хийв.", [("өнгөрсөн шөнө", "2024-11-19", "relative")]),
    ("uk", "2024-11-20", "Міністр провів зустріч минулої ночі.", [("минулої ночі", "2024-11-19", "relative")]),
]

test_last_night = table(check_dates, LAST_NIGHT)
