"""Corrupted reports that once passed unflagged, each beside its consistent twin: a two-way total stated
after its export and import ("a total of", "insgesamt"), an import printed in millions beside a total and
an export in billions, a level said to have risen to a record or above the year before's that is below it
("上回った", "웃돌았다"), and all the stated parts of an aid payment short of its round total. The error
names the numbers it compares. Also amounts once not read: pounds sterling by their plain name, and a
Persian amount written as an adjective of its currency ("دلاری")."""

from __future__ import annotations

import pytest

from legation import extract

PUBLISHED = "2024-06-30"


def _doc(text: str, lang: str):
    return extract(text, lang=lang, published=PUBLISHED)


def _errors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in _doc(text, lang).flags if f.severity == "error"]


# (lang, consistent, corrupted, kind of the error, numbers and words its message names)
CASES = [
    ("en-total-after-parts",
     "en", "In 2023 Indonesia's imports from Japan came to 18.6 billion dollars and its exports to Japan "
           "to 21.3 billion dollars, a total of 39.9 billion dollars.",
     "In 2023 Indonesia's imports from Japan came to 18.6 billion dollars and its exports to Japan "
     "to 21.3 billion dollars, a total of 44.9 billion dollars.",
     "sum_mismatch", ["18.6 billion dollars", "21.3 billion dollars", "44.9 billion dollars"]),
    ("fr-total-after-parts",
     "fr", "En 2023, les exportations du Maroc vers l'Espagne ont atteint 9,4 milliards d'euros et les "
           "importations 12,1 milliards d'euros, soit au total 21,5 milliards d'euros.",
     "En 2023, les exportations du Maroc vers l'Espagne ont atteint 9,4 milliards d'euros et les "
     "importations 12,1 milliards d'euros, soit au total 25,5 milliards d'euros.",
     "sum_mismatch", ["9,4 milliards", "12,1 milliards", "25,5 milliards"]),
    ("ru-total-after-parts",
     "ru", "В 2023 году экспорт России в Казахстан составил 17,3 млрд долларов и импорт из Казахстана "
           "9,5 млрд долларов, в общей сложности 26,8 млрд долларов.",
     "В 2023 году экспорт России в Казахстан составил 17,3 млрд долларов и импорт из Казахстана "
     "9,5 млрд долларов, в общей сложности 29,8 млрд долларов.",
     "sum_mismatch", ["17,3 млрд", "9,5 млрд", "29,8 млрд"]),
    ("it-total-after-parts",
     "it", "Nel 2023 le esportazioni italiane verso la Turchia sono state pari a 14,2 miliardi di euro e le "
           "importazioni a 10,1 miliardi di euro, per un totale di 24,3 miliardi di euro.",
     "Nel 2023 le esportazioni italiane verso la Turchia sono state pari a 14,2 miliardi di euro e le "
     "importazioni a 10,1 miliardi di euro, per un totale di 27,3 miliardi di euro.",
     "sum_mismatch", ["14,2 miliardi", "10,1 miliardi", "27,3 miliardi"]),
    ("de-total-after-parts",
     "de", "Im Jahr 2023 beliefen sich die Exporte Deutschlands nach Polen auf 89,6 Mrd. Euro und die Importe "
           "aus Polen auf 80,4 Mrd. Euro, insgesamt 170 Mrd. Euro.",
     "Im Jahr 2023 beliefen sich die Exporte Deutschlands nach Polen auf 89,6 Mrd. Euro und die Importe "
     "aus Polen auf 80,4 Mrd. Euro, insgesamt 175 Mrd. Euro.",
     "sum_mismatch", ["89,6 Mrd.", "80,4 Mrd.", "175 Mrd."]),
    ("de-import-in-millions",
     "de", "Im Jahr 2023 erreichte der Handel zwischen Deutschland und Polen 170 Mrd. Euro; die Importe aus "
           "Polen beliefen sich auf 80,4 Mrd. Euro, die Exporte nach Polen auf 89,6 Mrd. Euro.",
     "Im Jahr 2023 erreichte der Handel zwischen Deutschland und Polen 170 Mrd. Euro; die Importe aus "
     "Polen beliefen sich auf 80,4 Millionen Euro, die Exporte nach Polen auf 89,6 Mrd. Euro.",
     "scale", ["80,4 Millionen Euro", "170 Mrd. Euro", "billion"]),
    ("zh-export-above-total",
     "zh", "2023年中国与巴西双边贸易额1800亿美元，其中中方出口600亿美元。",
     "2023年中国与巴西双边贸易额1800亿美元，其中中方出口2600亿美元。",
     "scale", ["1800亿美元", "2600亿美元"]),
    ("ja-record-below-year-before",
     "ja", "2024年の日本の対中輸出は過去最高の21兆円で、前年の18兆円を上回った。",
     "2024年の日本の対中輸出は過去最高の17兆円で、前年の18兆円を上回った。",
     "period_order", ["17兆円", "18兆円"]),
    ("ja-fell-below-year-before",
     "ja", "2024年の日本の対中輸入は16兆円で、前年の18兆円を下回った。",
     "2024年の日本の対中輸入は19兆円で、前年の18兆円を下回った。",
     "period_order", ["19兆円", "18兆円"]),
    ("ko-exceeded-year-before",
     "ko", "2024년 한국의 대중 수출은 1,330억 달러로 전년의 1,240억 달러를 웃돌았다.",
     "2024년 한국의 대중 수출은 1,190억 달러로 전년의 1,240억 달러를 웃돌았다.",
     "period_order", ["1,190억 달러", "1,240억 달러"]),
    ("ko-fell-below-year-before",
     "ko", "2024년 한국의 대중 수입은 1,150억 달러로 전년의 1,240억 달러를 밑돌았다.",
     "2024년 한국의 대중 수입은 1,310억 달러로 전년의 1,240억 달러를 밑돌았다.",
     "period_order", ["1,310억 달러", "1,240억 달러"]),
    ("el-parts-short-of-round-total",
     "el", "Η Ευρωπαϊκή Επιτροπή ενέκρινε την πρώτη πληρωμή προς την Πορτογαλία ύψους 4 δισ. ευρώ: "
           "1,6 δισ. σε επιχορηγήσεις και 2,4 δισ. σε δάνεια.",
     "Η Ευρωπαϊκή Επιτροπή ενέκρινε την πρώτη πληρωμή προς την Πορτογαλία ύψους 4 δισ. ευρώ: "
     "1,6 δισ. σε επιχορηγήσεις και 1,9 δισ. σε δάνεια.",
     "sum_mismatch", ["1,6 δισ", "1,9 δισ", "4 δισ. ευρώ"]),
    ("en-parts-short-of-round-total",
     "en", "The European Commission approved a first payment of 5 billion euros to Spain: 2.3 billion in "
           "grants and 2.7 billion in loans.",
     "The European Commission approved a first payment of 5 billion euros to Spain: 2.3 billion in "
     "grants and 2.2 billion in loans.",
     "sum_mismatch", ["2.3 billion", "2.2 billion", "5 billion euros"]),
]


@pytest.mark.parametrize("lang,consistent,corrupted,kind,named", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_corrupted_twin_is_an_error_naming_its_numbers_and_the_consistent_one_is_clean(
        lang: str, consistent: str, corrupted: str, kind: str, named: list[str]) -> None:
    assert _errors(consistent, lang) == []
    errors = _errors(corrupted, lang)
    assert any(k == kind and all(n in m for n in named) for k, m in errors), errors


def test_a_total_stated_after_an_export_and_an_import_is_their_turnover() -> None:
    doc = _doc(next(c for c in CASES if c[0] == "en-total-after-parts")[2], "en")
    got = {(f.metric, f.reporter, f.partner, f.period, f.value) for f in doc.figures}
    assert got == {("imports", "IDN", "JPN", "2023", 18.6e9), ("exports", "IDN", "JPN", "2023", 21.3e9),
                   ("trade_turnover", "IDN", "JPN", "2023", 39.9e9)}


def test_a_payment_and_its_parts_are_aid_from_the_commission_to_the_country() -> None:
    doc = _doc(next(c for c in CASES if c[0] == "el-parts-short-of-round-total")[3], "el")
    assert {(f.metric, f.reporter, f.partner, f.value) for f in doc.figures} == {
        ("aid", "EC", "PRT", 4e9), ("aid", "EC", "PRT", 1.6e9), ("aid", "EC", "PRT", 1.9e9)}


def test_parts_that_round_to_their_total_raise_nothing() -> None:
    # 1.45 + 0.6 = 2.05, which a writer rounds to 2: no error.
    text = ("The European Commission approved a first payment of 2 billion euros to Spain: 1.45 billion in "
            "grants and 0.6 billion in loans.")
    assert _errors(text, "en") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Britain will give 40 million pounds to a fund for Moldova, the Foreign Office said on Monday."),
    ("el", "Η Βρετανία θα δώσει 40 εκατ. λίρες σε ταμείο για τη Μολδαβία, ανακοίνωσε το υπουργείο Εξωτερικών."),
    ("es", "El Reino Unido aportará 40 millones de libras a un fondo para Moldavia, anunció el Ministerio de Exteriores."),
    ("pt", "O Reino Unido vai doar 40 milhões de libras a um fundo para a Moldávia, anunciou o Ministério dos "
           "Negócios Estrangeiros."),
    ("ru", "Великобритания выделит 40 миллионов фунтов в фонд для Молдавии, сообщил МИД."),
])
def test_a_donation_in_pounds_is_aid_in_sterling_from_the_donor_to_the_country(lang: str, text: str) -> None:
    got = [(f.metric, f.reporter, f.partner, f.value, f.unit) for f in _doc(text, lang).figures]
    assert got == [("aid", "GBR", "MDA", 40e6, "GBP")]


@pytest.mark.parametrize("text,metric,reporter,partner,value,unit", [
    ("شرکت هندی با سازمان بنادر و دریانوردی ایران قرارداد سرمایه‌گذاری ۲۵۰ میلیون دلاری امضا کرد.",
     "investment", "IND", "IRN", 250e6, "USD"),
    ("اتحادیه اروپا بسته کمک ۳۰ میلیون یورویی برای افغانستان اعلام کرد.", "aid", "EU", "AFG", 30e6, "EUR"),
])
def test_an_amount_written_as_an_adjective_of_its_currency_is_read(text, metric, reporter, partner, value, unit) -> None:
    # Persian "۲۵۰ میلیون دلاری" ("a 250-million-dollar ..."): the currency takes the adjective's -ی.
    got = [(f.metric, f.reporter, f.partner, f.value, f.unit) for f in _doc(text, "fa").figures]
    assert got == [(metric, reporter, partner, value, unit)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada has disbursed 75 million dollars to the World Bank trust fund for Jordan."),
    ("fr", "Le Canada a versé 75 millions de dollars au fonds de la Banque mondiale pour la Jordanie."),
    ("es", "Canadá desembolsó 75 millones de dólares al fondo del Banco Mundial para Jordania."),
    ("de", "Kanada hat 75 Millionen Dollar an den Fonds der Weltbank für Jordanien ausgezahlt."),
    ("ru", "Канада перечислила 75 млн долларов в фонд Всемирного банка для Иордании."),
])
def test_a_disbursement_to_a_bank_fund_for_a_country_is_aid_to_the_country(lang: str, text: str) -> None:
    got = [(f.metric, f.reporter, f.partner, f.value, f.unit) for f in _doc(text, lang).figures]
    assert got == [("aid", "CAN", "JOR", 75e6, "USD")]
