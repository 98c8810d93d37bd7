"""Entities in ja: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("ja", "日本政府は北朝鮮の弾道ミサイル発射を強く非難した。", {"JPN", "PRK"}),
    ("ja", "米国とロシアの外相が国連安保理の会合に出席した。", {"USA", "RUS", "UNSC"}),
    ("ja", "上川外相は韓国・釜山で中国の王毅外相と会談した。", {"KOR", "Busan/KOR", "CHN"}),
    # ロシア inside a longer katakana word is no Russia.
    ("ja", "ベロシアンの新作が発表された。", set()),
    # Katakana names with the long-vowel mark, and CLDR's current spelling of Kyiv.
    ("ja", "岸田首相はキーウでゼレンスキー大統領と会談した。", {"Kyiv/UKR"}),
    ("ja", "首相はニューヨークで国連総会に出席した。", {"New York City/USA", "UNGA"}),
]


test_entities = table(check_entities, ROWS)
