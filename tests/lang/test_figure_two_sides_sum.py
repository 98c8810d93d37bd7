"""A two-way total beside its two parts worded from each side ("U.S. exports to Vietnam" and "Vietnam's
exports to the United States", "экспорт России в Китай" and "экспорт Китая в Россию"), in own sentences
made up for these tests: the two flows are the parts of the total, so a sum that does not add up is a
`sum_mismatch` error naming the three numbers, and two flows that go opposite ways are no "conflict"."""

from __future__ import annotations

from legation import extract

from .table import table
from .test_figure_corruption_kinds import PUB, check_corrupted

CORRUPTED = [
    ("en", "In 2023 trade between the United States and Vietnam reached $144 billion. U.S. exports to Vietnam were "
     "$9.9 billion, while Vietnam's exports to the United States came to $114.4 billion.", "sum_mismatch",
     ((144e9, "USD", "$144 billion"), (9.9e9, "USD", "$9.9 billion"), (114.4e9, "USD", "$114.4 billion"))),
    ("ru", "Товарооборот России и Китая в 2023 году составил 290 млрд долларов. Экспорт России в Китай составил "
     "126 млрд долларов, экспорт Китая в Россию — 98 млрд долларов.", "sum_mismatch",
     ((290e9, "USD", "290 млрд долларов"), (126e9, "USD", "126 млрд долларов"), (98e9, "USD", "98 млрд долларов"))),
    ("tr", "Türkiye ile Rusya arasındaki ticaret hacmi 2023'te 62 milyar dolar oldu. Türkiye'nin Rusya'ya ihracatı "
     "9 milyar dolar, Rusya'nın Türkiye'ye ihracatı ise 39 milyar dolar oldu.", "sum_mismatch",
     ((62e9, "USD", "62 milyar dolar"), (9e9, "USD", "9 milyar dolar"), (39e9, "USD", "39 milyar dolar"))),
    ("en", "In 2023 trade between the United States and Vietnam reached $144 billion. U.S. imports from Vietnam were "
     "$114.4 billion and U.S. exports to Vietnam $9.9 billion.", "sum_mismatch",
     ((144e9, "USD", "$144 billion"), (9.9e9, "USD", "$9.9 billion"), (114.4e9, "USD", "$114.4 billion"))),
]

CONSISTENT = [
    ("en", "In 2023 trade between the United States and Vietnam reached $124.3 billion. U.S. exports to Vietnam were "
     "$9.9 billion, while Vietnam's exports to the United States came to $114.4 billion."),
    ("ru", "Товарооборот России и Китая в 2023 году составил 224 млрд долларов. Экспорт России в Китай составил "
     "126 млрд долларов, экспорт Китая в Россию — 98 млрд долларов."),
    ("tr", "Türkiye ile Rusya arasındaki ticaret hacmi 2023'te 48 milyar dolar oldu. Türkiye'nin Rusya'ya ihracatı "
     "9 milyar dolar, Rusya'nın Türkiye'ye ihracatı ise 39 milyar dolar oldu."),
]


def check_no_conflict(lang: str, text: str) -> None:
    """Parts that add up: no error, and the two flows are not flagged as one value stated twice."""
    doc = extract(text, lang=lang, published=PUB)
    assert not [f for f in doc.flags if f.severity == "error" or f.kind == "conflict"], \
        [(f.kind, f.message) for f in doc.flags]


test_two_side_sum_named = table(check_corrupted, CORRUPTED)
test_two_side_sum_unflagged = table(check_no_conflict, CONSISTENT)
