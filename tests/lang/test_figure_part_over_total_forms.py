"""A part larger than its total, in own sentences made up for these tests, in forms that hid it before:
a Chinese amount of 万 and 千亿 together ("5万5千亿元" is 5.5 万亿, not 5万), a Korean bailout or IMF programme and its first
instalment ("구제금융", "1차 지급분", "확대신용제도", "즉시 인출"), a Korean total's noun before 중 ("지원금 중"), a Korean amount followed by its
sum in won in brackets ("55억 달러(약 7조 원)를 투자"), and Turkish emergency operations ("acil durum operasyonu
için ... ayırdı", "Operasyonun ... doları") and an investment's amount ("Yatırım tutarının"). The error names
both amounts as written; the same sentences with parts that fit give no error."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

OVER = [
    ("zh", "2023年中欧贸易总额达5万5千亿元人民币，其中中国对欧出口6万2千亿元人民币。",
     ((5.5e12, "CNY", "5万5千亿元"), (6.2e12, "CNY", "6万2千亿元"))),
    ("ko", "IMF는 스리랑카에 29억 달러 규모의 구제금융을 승인했다. 1차 지급분 33억 달러는 즉시 집행된다.",
     ((2.9e9, "USD", "29억 달러"), (3.3e9, "USD", "33억 달러"))),
    ("ko", "국제통화기금(IMF) 이사회는 스리랑카에 대한 29억 달러 규모의 확대신용제도(EFF) 프로그램을 승인했다. 이에 따라 "
     "스리랑카는 33억 달러를 즉시 인출할 수 있게 됐다.", ((2.9e9, "USD", "29억 달러"), (3.3e9, "USD", "33억 달러"))),
    ("ko", "세계은행은 우크라이나에 15억 달러를 지원한다고 밝혔다. 이번 지원금 중 20억 달러는 공무원 급여에 쓰인다.",
     ((1.5e9, "USD", "15억 달러"), (2.0e9, "USD", "20억 달러"))),
    ("ko", "현대자동차그룹은 미국 조지아주 전기차 공장에 총 55억 달러(약 7조 원)를 투자한다. 이 가운데 배터리 공장에는 "
     "63억 달러가 투입된다.", ((5.5e9, "USD", "55억 달러"), (6.3e9, "USD", "63억 달러"))),
    ("tr", "Türkiye, Suriye'deki acil durum operasyonu için 50 milyon dolar ayırdı. Operasyonun 70 milyon doları gıda "
     "yardımına harcanacak.", ((50e6, "USD", "50 milyon dolar"), (70e6, "USD", "70 milyon doları"))),
    ("tr", "Türk şirketi, Özbekistan'da kurulacak fabrikaya 200 milyon dolar yatırım yapacak. Yatırım tutarının 250 "
     "milyon doları ilk aşamada kullanılacak.", ((200e6, "USD", "200 milyon dolar"), (250e6, "USD", "250 milyon doları"))),
]

FIT = [
    ("zh", "2023年中欧贸易总额达5万5千亿元人民币，其中中国对欧出口3万6千亿元人民币，自欧进口1万9千亿元人民币。"),
    ("ko", "IMF는 스리랑카에 29억 달러 규모의 구제금융을 승인했다. 1차 지급분 3억3000만 달러는 즉시 집행된다."),
    ("ko", "국제통화기금(IMF) 이사회는 스리랑카에 대한 29억 달러 규모의 확대신용제도(EFF) 프로그램을 승인했다. 이에 따라 "
     "스리랑카는 3억3000만 달러를 즉시 인출할 수 있게 됐다."),
    ("ko", "세계은행은 우크라이나에 15억 달러를 지원한다고 밝혔다. 이번 지원금 중 10억 달러는 공무원 급여에 쓰인다."),
    ("ko", "현대자동차그룹은 미국 조지아주 전기차 공장에 총 55억 달러(약 7조 원)를 투자한다. 이 가운데 배터리 공장에는 "
     "23억 달러가 투입된다."),
    ("tr", "Türkiye, Suriye'deki acil durum operasyonu için 50 milyon dolar ayırdı. Operasyonun 30 milyon doları gıda "
     "yardımına harcanacak."),
    ("tr", "Türk şirketi, Özbekistan'da kurulacak fabrikaya 200 milyon dolar yatırım yapacak. Yatırım tutarının 150 "
     "milyon doları ilk aşamada kullanılacak."),
]

FIGURES = [
    # The converted sum in brackets is no figure of its own; the amount takes the role word after the bracket.
    ("ko", "현대자동차그룹은 미국 조지아주 전기차 공장에 총 55억 달러(약 7조 원)를 투자한다.", [("investment", 5.5e9, "USD")]),
    ("zh", "2023年中欧贸易总额达5万5千亿元人民币。", [("trade_turnover", 5.5e12, "CNY")]),
]


def check_part_over_total(lang: str, text: str, numbers: tuple[tuple[float, str, str], ...]) -> None:
    """An error says the part is larger than its total, naming both as written."""
    doc = extract(text, lang=lang, published=PUB)
    found = [f.message for f in doc.flags if f.severity == "error" and f.kind in ("sum_mismatch", "scale")]
    want = [(format_amount(v, unit), written) for v, unit, written in numbers]
    assert any(all(a in m and w in m for a, w in want) for m in found), [(f.kind, f.message) for f in doc.flags]


def check_figures(lang: str, text: str, figures: list[tuple[str, float, str]]) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.value, f.unit) for f in doc.figures] == figures, [f.to_dict() for f in doc.figures]


def test_compound_amount_repaired_as_written() -> None:
    """"43兆8千億円" is 43.8 兆 to the repair that swaps two years' values, not 43."""
    doc = extract("2023年の日本と中国の貿易総額は43兆8千億円となり、2022年の45兆円から増えた。", lang="ja", published=PUB)
    assert any(f.kind == "period_order" and f.severity == "error" for f in doc.flags), [f.message for f in doc.flags]
    repair = [f.message for f in doc.flags if f.kind == "repair"]
    assert repair and "43,800.0 B JPY" in repair[0], repair


test_part_over_total = table(check_part_over_total, OVER)
test_parts_that_fit = table(check_consistent, FIT)
test_converted_sum_no_figure = table(check_figures, FIGURES)
