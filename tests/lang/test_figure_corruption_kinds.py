"""Kinds of corrupted figures (own sentences, made up for these tests), in the languages whose words
they use: a part larger than its total (named by "of which"/"of this" or by a tranche, also in the next
sentence), a total a unit word too small for its own tranche, a comparative ("up from", "증가", "أقل من")
that the two years' levels contradict, and a growth percent the two levels it links do not bear out;
years in local forms (년, 年, Persian and Arabic digits) and local scale words (억, 億, 万, млрд, milyar,
مليار). Each error names both numbers (and the words they came from); the consistent version of the same
sentence gives no error."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table

PUB = "2024-03-01"


def check_corrupted(lang: str, text: str, kind: str, numbers: tuple[tuple[float, str, str], ...]) -> None:
    """An error (or a `scale` flag) of `kind` names each of `numbers` (value, unit, the words written)."""
    doc = extract(text, lang=lang, published=PUB)
    found = [f for f in doc.flags if f.kind == kind and (f.severity == "error" or kind == "scale")]
    assert found, [(f.kind, f.severity, f.message) for f in doc.flags]
    want = [(format_amount(v, unit), written) for v, unit, written in numbers]
    assert any(all(a in f.message and w in f.message for a, w in want) for f in found), [f.message for f in found]


def check_consistent(lang: str, text: str) -> None:
    """Figures that can all be true give no error."""
    doc = extract(text, lang=lang, published=PUB)
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]


def check_swap_repair(lang: str, text: str, later: tuple[str, float], earlier: tuple[str, float]) -> None:
    """A level said to have risen (or fallen) against numbers that say the opposite is repaired by
    swapping the two years' values."""
    doc = extract(text, lang=lang, published=PUB)
    repairs = [f for f in doc.flags if f.kind == "repair"]
    assert len(repairs) == 1, [(f.kind, f.message) for f in doc.flags]
    got = {(p["period"], p["value"]) for p in repairs[0].proposal or [] if p["metric"] != "growth_pct"}
    assert got == {later, earlier}, repairs[0].proposal


CORRUPTED = [
    # a. A part larger than its total: "of which", "of this" in the next sentence, "из них", "その内", "이 중", "其中".
    ("en", "Japan pledged a package of 2 billion dollars to Kenya, of which 3.5 billion in grants.",
     "sum_mismatch", ((2e9, "USD", "2 billion dollars"), (3.5e9, "USD", "3.5 billion"))),
    ("en", "Japan pledged 2 billion dollars of aid to Kenya. Of this, 3.5 billion dollars are grants.",
     "sum_mismatch", ((2e9, "USD", "2 billion dollars"), (3.5e9, "USD", "3.5 billion dollars"))),
    ("ru", "Япония выделит Кении помощь в размере 2 млрд долларов, из них 3,5 млрд долларов — гранты.",
     "sum_mismatch", ((2e9, "USD", "2 млрд долларов"), (3.5e9, "USD", "3,5 млрд долларов"))),
    ("ja", "日本はケニアに対し20億ドルの支援を表明した。その内、無償資金協力は35億ドルとなる。",
     "sum_mismatch", ((2e9, "USD", "20億ドル"), (3.5e9, "USD", "35億ドル"))),
    ("ko", "일본은 케냐에 20억 달러 규모의 지원을 발표했다. 이 중 무상원조는 35억 달러다.",
     "sum_mismatch", ((2e9, "USD", "20억 달러"), (3.5e9, "USD", "35억 달러"))),
    ("zh", "日本宣布向肯尼亚提供20亿美元援助，其中无偿援助35亿美元。",
     "sum_mismatch", ((2e9, "USD", "20亿美元"), (3.5e9, "USD", "35亿美元"))),
    # "dont" is no gift ("don"): the exports of a turnover stay exports.
    ("fr", "En 2023, les échanges entre la Belgique et le Chili ont atteint 2,4 milliards d'euros, dont "
     "3,1 milliards d'euros d'exportations belges.",
     "scale", ((2.4e9, "EUR", "2,4 milliards d'euros"), (3.1e9, "EUR", "3,1 milliards d'euros"))),
    # b. A total a unit word too small for its own first tranche (Eastern Arabic digits too).
    ("en", "The IMF approved a loan of 8 million dollars for Egypt, whose first tranche of 820 million dollars "
     "will be paid this month.", "scale", ((8e6, "USD", "8 million dollars"), (8.2e8, "USD", "820 million dollars"))),
    ("ar", "وافق صندوق النقد الدولي على قرض لمصر بقيمة ٨ ملايين دولار، تصرف الشريحة الأولى منه بقيمة ٨٢٠ مليون دولار هذا الشهر.",
     "scale", ((8e6, "USD", "٨ ملايين دولار"), (8.2e8, "USD", "٨٢٠ مليون دولار"))),
    ("uk", "МВФ схвалив для України кредит у 8 млн доларів, перший транш у 820 млн доларів надійде цього місяця.",
     "scale", ((8e6, "USD", "8 млн доларів"), (8.2e8, "USD", "820 млн доларів"))),
    ("tr", "IMF Mısır için 8 milyon dolarlık kredi onayladı, kredinin ilk dilimi olan 820 milyon dolar bu ay ödenecek.",
     "scale", ((8e6, "USD", "8 milyon dolar"), (8.2e8, "USD", "820 milyon dolar"))),
    ("es", "El FMI aprobó un préstamo de 8 millones de dólares para Egipto, cuyo primer tramo de 820 millones de "
     "dólares se pagará este mes.", "scale", ((8e6, "USD", "8 millones de dólares"), (8.2e8, "USD", "820 millones"))),
    # A level a thousand times off the same pair's level of the year before.
    ("fa", "حجم تجارت ایران و ترکیه در سال ۲۰۲۳ به ۵٫۴ میلیارد دلار رسید، در حالی که در سال ۲۰۲۲ این رقم ۵٫۱ میلیون دلار بود.",
     "scale", ((5.4e9, "USD", "۵٫۴ میلیارد دلار"), (5.1e6, "USD", "۵٫۱ میلیون دلار"))),
    ("ko", "2023년 한국과 베트남의 교역액은 790억 달러로, 2022년의 8100만 달러보다 감소했다.",
     "scale", ((7.9e10, "USD", "790억 달러"), (8.1e7, "USD", "8100만 달러"))),
    ("tr", "Türkiye ile İran arasındaki ticaret hacmi 2023 yılında 5,4 milyar dolar olurken, 2022 yılında 5,1 milyon dolardı.",
     "scale", ((5.4e9, "USD", "5,4 milyar dolar"), (5.1e6, "USD", "5,1 milyon dolar"))),
    # c. A comparative the two years' levels contradict.
    ("ko", "2023년 한국과 베트남의 교역액은 790억 달러로 2022년 870억 달러보다 증가했다.",
     "period_order", ((7.9e10, "USD", "790억 달러"), (8.7e10, "USD", "870억 달러"))),
    ("ja", "2023年の日本とベトナムの貿易額は790億ドルで、2022年の870億ドルから増加した。",
     "period_order", ((7.9e10, "USD", "790億ドル"), (8.7e10, "USD", "870億ドル"))),
    ("zh", "2023年中国与越南贸易额为1500亿美元，比2022年的1700亿美元增长。",
     "period_order", ((1.5e11, "USD", "1500亿美元"), (1.7e11, "USD", "1700亿美元"))),
    ("ru", "Товарооборот России и Монголии в 2023 году вырос до 2,1 млрд долларов с 2,6 млрд долларов в 2022 году.",
     "period_order", ((2.1e9, "USD", "2,1 млрд долларов"), (2.6e9, "USD", "2,6 млрд долларов"))),
    ("ar", "بلغ حجم التبادل التجاري بين مصر والأردن ١٫٤ مليار دولار في عام ٢٠٢٣، وهو أقل من ١٫١ مليار دولار في عام ٢٠٢٢.",
     "period_order", ((1.4e9, "USD", "١٫٤ مليار دولار"), (1.1e9, "USD", "١٫١ مليار دولار"))),
    ("fa", "حجم تجارت ایران و ترکیه در سال ۲۰۲۳ به ۵٫۴ میلیارد دلار رسید که نسبت به ۶٫۱ میلیارد دلار سال ۲۰۲۲ افزایش داشت.",
     "period_order", ((5.4e9, "USD", "۵٫۴ میلیارد دلار"), (6.1e9, "USD", "۶٫۱ میلیارد دلار"))),
    ("kk", "2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 2022 жылғы 31 млрд доллардан 24 млрд долларға дейін өсті.",
     "period_order", ((3.1e10, "USD", "31 млрд доллар"), (2.4e10, "USD", "24 млрд доллар"))),
    ("az", "2023-cü ildə Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 2022-ci ildəki 1,6 milyard dollardan "
     "1,2 milyard dollara qədər artıb.", "period_order", ((1.6e9, "USD", "1,6 milyard dollar"), (1.2e9, "USD", "1,2 milyard dollar"))),
    ("tr", "Türkiye ile İran arasındaki ticaret hacmi 2023 yılında 5,4 milyar dolar ile 2022 yılındaki 6,1 milyar "
     "dolara göre artış gösterdi.", "period_order", ((5.4e9, "USD", "5,4 milyar dolar"), (6.1e9, "USD", "6,1 milyar dolar"))),
    ("ja", "2023年の日本とラオスの貿易額は7900万ドルで、2022年の8700万ドルから増加した。",
     "period_order", ((7.9e7, "USD", "7900万ドル"), (8.7e7, "USD", "8700万ドル"))),
    # d. A growth percent the two levels do not bear out.
    ("ko", "2023년 한국과 베트남의 교역액은 870억 달러로 2022년 790억 달러보다 40% 증가했다.",
     "growth_mismatch", ((8.7e10, "USD", "870억 달러"), (7.9e10, "USD", "790억 달러"))),
    ("zh", "2023年中国与越南贸易额为1700亿美元，比2022年的1500亿美元增长40%。",
     "growth_mismatch", ((1.7e11, "USD", "1700亿美元"), (1.5e11, "USD", "1500亿美元"))),
    ("ru", "Товарооборот России и Монголии в 2023 году вырос на 40% до 2,6 млрд долларов с 2,1 млрд долларов в 2022 году.",
     "growth_mismatch", ((2.6e9, "USD", "2,6 млрд долларов"), (2.1e9, "USD", "2,1 млрд долларов"))),
]

CONSISTENT = [
    ("en", "Japan pledged 5 billion dollars of aid to Kenya. Of this, 3.5 billion dollars are grants."),
    ("ja", "日本はケニアに対し50億ドルの支援を表明した。その内、無償資金協力は35億ドルとなる。"),
    ("ko", "일본은 케냐에 50억 달러 규모의 지원을 발표했다. 이 중 무상원조는 35억 달러다."),
    ("zh", "日本宣布向肯尼亚提供50亿美元援助，其中无偿援助35亿美元。"),
    ("fr", "En 2023, les échanges entre la Belgique et le Chili ont atteint 4,4 milliards d'euros, dont 3,1 milliards "
     "d'euros d'exportations belges."),
    ("en", "The IMF approved a loan of 3 billion dollars for Egypt, whose first tranche of 820 million dollars will be "
     "paid this month."),
    ("ru", "МВФ одобрил для Египта кредит в 3 млрд долларов, первый транш в 820 млн долларов будет выплачен в этом месяце."),
    ("ko", "2023년 한국과 베트남의 교역액은 870억 달러로 2022년 790억 달러보다 증가했다."),
    ("ko", "2023년 한국과 베트남의 교역액은 790억 달러로 2022년 870억 달러보다 감소했다."),
    ("ja", "2023年の日本とベトナムの貿易額は1.2兆円で、2022年の1.5兆円から減少した。"),
    ("zh", "2023年中国与越南贸易额为1700亿美元，比2022年的1500亿美元增长13.3%。"),
    ("ru", "Товарооборот России и Монголии в 2023 году снизился до 2,1 млрд долларов с 2,6 млрд долларов в 2022 году."),
    ("ar", "بلغ حجم التبادل التجاري بين مصر والأردن ١٫٤ مليار دولار في عام ٢٠٢٣، وهو أقل من ١٫٩ مليار دولار في عام ٢٠٢٢."),
    ("ar", "ارتفع حجم التبادل التجاري بين مصر والأردن إلى أكثر من ١٫٩ مليار دولار في عام ٢٠٢٣، مقابل ١٫٤ مليار دولار في عام ٢٠٢٢."),
    ("fa", "حجم تجارت ایران و ترکیه در سال ۲۰۲۳ به ۵٫۴ میلیارد دلار رسید که نسبت به ۵٫۱ میلیارد دلار سال ۲۰۲۲ افزایش داشت."),
    ("kk", "2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 2022 жылғы 24 млрд доллардан 31 млрд долларға дейін өсті."),
    # Solar Hijri years (1401, 1402) are years of the Persian calendar, not impossible ones.
    ("fa", "حجم تجارت ایران و ترکیه در سال ۱۴۰۲ به ۶٫۴ میلیارد دلار رسید که نسبت به ۵٫۱ میلیارد دلار سال ۱۴۰۱ افزایش داشت."),
    # The rise is another metric's: no comparison of the two turnovers.
    ("en", "Trade between Norway and Chile was $2.1 billion in 2023, down from $2.6 billion in 2022, even as Norwegian "
     "exports rose."),
    ("en", "Exports of Norway to Chile rose to $1.2 billion in 2023 while trade between them fell to $2.1 billion from "
     "$2.6 billion in 2022."),
]

SWAPS = [
    ("en", "Trade between Norway and Chile rose to $2.1 billion in 2023, up from $2.6 billion in 2022.",
     ("2023", 2.6e9), ("2022", 2.1e9)),
    ("ko", "2023년 한국과 베트남의 교역액은 790억 달러로 2022년 870억 달러보다 증가했다.",
     ("2023", 8.7e10), ("2022", 7.9e10)),
    ("ru", "Товарооборот России и Монголии в 2023 году вырос до 2,1 млрд долларов с 2,6 млрд долларов в 2022 году.",
     ("2023", 2.6e9), ("2022", 2.1e9)),
]

test_corrupted_named = table(check_corrupted, CORRUPTED)
test_consistent_unflagged = table(check_consistent, CONSISTENT)
test_swapped_years_repaired = table(check_swap_repair, SWAPS)


def check_unit_meant(lang: str, text: str, meant: str) -> None:
    """A total a unit word too small for its parts gets a `scale` error naming the unit likely meant."""
    doc = extract(text, lang=lang, published=PUB)
    found = [f.message for f in doc.flags if f.kind == "scale" and f.severity == "error"]
    assert any(f"was {meant} meant" in m for m in found), [(f.kind, f.message) for f in doc.flags]


UNIT_MEANT = [
    ("en", "In 2023 trade between Norway and Chile reached $8.2 million, of which exports amounted to $3.1 billion.",
     "billion"),
    ("ru", "МВФ одобрил для Египта кредит в 8 млн долларов, первый транш в 820 млн долларов будет выплачен в этом месяце.",
     "billion"),
    ("de", "Der IWF billigte für Ägypten einen Kredit von 8 Millionen Dollar, dessen erste Tranche von 820 Millionen "
     "Dollar diesen Monat ausgezahlt wird.", "billion"),
    ("fr", "Le FMI a approuvé pour l'Égypte un prêt de 8 millions de dollars, dont une première tranche de 820 millions "
     "de dollars sera versée ce mois-ci.", "billion"),
    ("ar", "وافق صندوق النقد الدولي على قرض لمصر بقيمة ٨ ملايين دولار، تصرف الشريحة الأولى منه بقيمة ٨٢٠ مليون دولار هذا الشهر.",
     "billion"),
]

test_unit_meant_named = table(check_unit_meant, UNIT_MEANT)
