"""Japanese events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, check_extracted
from ..table import table

JPN = ("country", "JPN", ["日本政府", "日本"])
PRK = ("country", "PRK", ["北朝鮮"])
CHN = ("country", "CHN", ["中国"])
USA = ("country", "USA", ["米国"])
RUS = ("country", "RUS", ["ロシア"])

ROWS = [
    ("ja", "2023-11-27", "日本政府は北朝鮮の弾道ミサイル発射を強く非難した。",
     [JPN, PRK], [("ACCUSE", "JPN", "PRK", "2023-11-27")]),
    ("ja", "2023-11-27", "日本と中国は26日、釜山で外相会談を行った。",
     [JPN, CHN], [("CONSULT", "JPN", "CHN", "2023-11-26")]),
    ("ja", "2024-02-24", "日本政府は23日、ロシアに対する追加制裁を発表した。",
     [JPN, RUS], [("SANCTION", "JPN", "RUS", "2024-02-23")]),
    # Negated: no event.
    ("ja", "2024-02-24", "日本政府はロシアを非難しなかった。", [JPN, RUS], []),
]


test_events = table(check_events, ROWS)


# The whole pipeline: (lang, published, text, [(type, source, target, date, place)]).
EXTRACTED = [
    # Kishida and Zelensky signed the Japan-Ukraine accord at the G7 summit in Apulia, 13 June 2024, and
    # Japan pledged $4.5 billion for the year: the summit's host country is no side of either.
    ("ja", "2024-06-14",
     "岸田文雄首相は13日、イタリア南部プーリア州で開かれた主要7カ国首脳会議（G7サミット）に合わせ、"
     "ウクライナのゼレンスキー大統領と会談し、今後10年間の支援などを盛り込んだ安全保障協定に署名した。"
     "日本は今年、ウクライナに45億ドルを支援すると表明した。",
     [("CONSULT", "JPN", "UKR", "2024-06-13", None), ("SUPPORT", "JPN", "UKR", "2024-06-13", None),
      ("AID", "JPN", "UKR", "2024-06-13", None)]),
    ("ja", "2024-06-14",
     "岸田文雄首相は13日、先進7カ国首脳会議（G7サミット）が開かれているイタリア南部プーリア州で"
     "ウクライナのゼレンスキー大統領と会談した。両首脳は日本がウクライナを10年間支援することを盛り込んだ"
     "「日ウクライナ支援・協力アコード」に署名した。",
     [("CONSULT", "JPN", "UKR", "2024-06-13", None), ("SUPPORT", "JPN", "UKR", "2024-06-13", None),
      ("AID", "JPN", "UKR", "2024-06-13", None)]),
    # Ishiba met Xi in Lima on the APEC summit's sidelines, 15 November 2024, and they agreed.
    ("ja", "2024-11-16",
     "石破茂首相は15日、ペルーの首都リマで中国の習近平国家主席と会談し、戦略的互恵関係を包括的に推進することを確認した。",
     [("CONSULT", "JPN", "CHN", "2024-11-15", "Lima"), ("AGREE", "JPN", "CHN", "2024-11-15", None)]),
    # A capital Latin letter among kana ("G7に") is no dateline: the two sentences stay apart.
    ("ja", "2024-06-14", "首相はG7に合わせて会談した。日本はウクライナに45億ドルを支援すると表明した。",
     [("AID", "JPN", "UKR", "2024-06-14", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
