"""Corrupted figures in number forms other than Latin digits with European scale words (own sentences,
made up for these tests): Japanese 万/億/兆 mixed in one package, Korean 억/조 parts over their total,
Chinese and Korean years swapped against "增长"/"감소" with the year before named relatively ("较上年的",
"전년의"), Arabic programmes in Eastern Arabic digits smaller than their first tranche, Turkish and Kazakh
"rose by X to Y" ("artarak", "артып"), and aid split by receivers in one sentence. Each corrupted row
names the numbers it compares, and its consistent twin gives no error."""

from __future__ import annotations

from legation import extract

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent, check_corrupted, check_swap_repair

CORRUPTED = [
    # 1. A part written with the wrong scale word (万 for 億), so the parts no longer add up: `scale`.
    ("ja", "日本政府はフィリピンに対し総額30億ドルの支援を表明した。内訳は無償資金協力が10億ドル、円借款が20万ドルとなる。",
     "scale", ((3e9, "USD", "30億ドル"), (2e5, "USD", "20万ドル"))),
    ("ja", "日本政府はケニアに1兆5000億円の支援を決めた。このうち無償資金協力は3000万円、円借款は1兆2000億円である。",
     "scale", ((1.5e12, "JPY", "1兆5000億円"), (3e7, "JPY", "3000万円"))),
    # 2. Korean: one company's investment, one tranche larger than the stated total.
    ("ko", "한국 정부는 폴란드 방산 협력에 총 50억 달러를 투자하기로 했다. 이 중 현대로템의 투자는 70억 달러다.",
     "sum_mismatch", ((5e9, "USD", "50억 달러"), (7e9, "USD", "70억 달러"))),
    ("ko", "한국 기업들은 미국에 총 2조 원을 투자하기로 했다. 이 중 삼성전자가 3조5000억 원을 투자한다.",
     "sum_mismatch", ((2e12, "KRW", "2조 원"), (3.5e12, "KRW", "3조5000억 원"))),
    ("ko", "한국 정부는 우크라이나에 총 3억 달러 규모의 지원을 약속했다. 이 가운데 1차분은 5억 달러로 이달 지급된다.",
     "sum_mismatch", ((3e8, "USD", "3억 달러"), (5e8, "USD", "5억 달러"))),
    # 3. Two years' values against the text's own rise or fall word, the year before named relatively.
    ("zh", "2023年中国对蒙古国出口额为60亿美元，较上年的80亿美元有所增长。",
     "period_order", ((6e9, "USD", "60亿美元"), (8e9, "USD", "80亿美元"))),
    ("ko", "2023년 한국의 몽골 수출은 9억 달러로 전년의 7억 달러보다 감소했다.",
     "period_order", ((9e8, "USD", "9억 달러"), (7e8, "USD", "7억 달러"))),
    # The two years in two sentences, the fall word after a Chinese comma.
    ("zh", "中蒙双边贸易额2022年为120亿美元。2023年，双边贸易额为160亿美元，同比下降。",
     "period_order", ((1.6e10, "USD", "160亿美元"), (1.2e10, "USD", "120亿美元"))),
    ("ko", "한국과 몽골의 교역액은 2023년 1조2000억 원으로 전년의 1조5000억 원보다 늘었다.",
     "period_order", ((1.2e12, "KRW", "1조2000억 원"), (1.5e12, "KRW", "1조5000억 원"))),
    # 4. Arabic, Eastern Arabic digits: a programme a scale word smaller than its own first tranche.
    ("ar", "أعلن البنك الدولي عن برنامج لدعم الأردن بقيمة ٣ ملايين دولار، وتبلغ الشريحة الأولى منه ٧٥٠ مليون دولار.",
     "scale", ((3e6, "USD", "٣ ملايين دولار"), (7.5e8, "USD", "٧٥٠ مليون دولار"))),
    ("ar", "أقر الاتحاد الأوروبي برنامجاً لتمويل مصر بقيمة ٧٫٤ مليون يورو، على أن تصرف الدفعة الأولى البالغة ١٬٠٠٠ مليون يورو "
     "خلال الشهر الجاري.", "scale", ((7.4e6, "EUR", "٧٫٤ مليون يورو"), (1e9, "EUR", "١٬٠٠٠ مليون يورو"))),
    ("ar", "وافق صندوق النقد الدولي على زيادة قيمة اتفاق تسهيل الصندوق الممدد لمصر إلى ٥ ملايين دولار، ما يتيح صرف شريحة "
     "فورية بقيمة ٩٠٠ مليون دولار.", "scale", ((5e6, "USD", "٥ ملايين دولار"), (9e8, "USD", "٩٠٠ مليون دولار"))),
    ("ar", "أقر صندوق النقد الدولي برنامجاً موسعاً مع الأردن بقيمة ١٫٢ مليون دولار، وصرف الدفعة الأولى منه البالغة ٣٥٠ مليون "
     "دولار.", "scale", ((1.2e6, "USD", "١٫٢ مليون دولار"), (3.5e8, "USD", "٣٥٠ مليون دولار"))),
    # A Japanese first round ("第1弾") above its total: 万 written for 億.
    ("ja", "政府はウクライナに対する支援として、総額4500万ドルを拠出すると発表した。第1弾として30億ドルを近く拠出する。",
     "scale", ((4.5e7, "USD", "4500万ドル"), (3e9, "USD", "30億ドル"))),
    # 5. Turkish: a part over its total ("toplam ... bunun ..."), a growth rate the two levels do not bear out.
    ("tr", "Japonya'nın Türkiye'ye sağlayacağı toplam 2 milyar dolarlık yardımın 3,5 milyar doları hibe olacak.",
     "sum_mismatch", ((2e9, "USD", "2 milyar dolarlık"), (3.5e9, "USD", "3,5 milyar doları"))),
    ("tr", "Suudi Arabistan, Türkiye'ye toplam 5 milyar dolarlık yatırım yapacak; bunun 7 milyar dolarlık kısmı enerji "
     "sektörüne gidecek.", "sum_mismatch", ((5e9, "USD", "5 milyar dolarlık"), (7e9, "USD", "7 milyar dolarlık"))),
    ("tr", "Türkiye ile Gürcistan arasındaki ticaret hacmi 2022'de 2,6 milyar dolardan 2023'te 3,1 milyar dolara yükseldi, "
     "yüzde 40 arttı.", "growth_mismatch", ((2.6e9, "USD", "2,6 milyar dolar"), (3.1e9, "USD", "3,1 milyar dolar"))),
    ("tr", "Türkiye ile Özbekistan arasındaki ticaret hacmi 2023 yılında 0,6 milyar dolar artarak 4,5 milyar dolara ulaştı. "
     "2022 yılında bu rakam 3,2 milyar dolardı.",
     "change_mismatch", ((3.2e9, "USD", "3,2 milyar dolar"), (4.5e9, "USD", "4,5 milyar dolar"))),
    # 6. Kazakh "rose by X, amounting to Y": X is the change, Y the level.
    ("kk", "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 0,6 млрд долларға артып, 4,5 млрд долларды құрады. "
     "2022 жылы бұл көрсеткіш 3,2 млрд доллар болған.",
     "change_mismatch", ((3.2e9, "USD", "3,2 млрд доллар"), (4.5e9, "USD", "4,5 млрд долларды"))),
    # 7. An aid package split by receivers in one sentence.
    ("en", "The European Union announced an aid package of 32 million euros, with 300 million euros for Ukraine and "
     "20 million euros for its farmers.", "sum_mismatch", ((3.2e7, "EUR", "32 million euros"), (3e8, "EUR", "300 million euros"))),
    ("en", "Germany pledged 50 million euros of aid: 300 million euros for Ukraine and 200 million euros for Moldova.",
     "sum_mismatch", ((5e7, "EUR", "50 million euros"), (3e8, "EUR", "300 million euros"))),
]

CONSISTENT = [
    ("ja", "日本政府はフィリピンに対し総額30億ドルの支援を表明した。内訳は無償資金協力が10億ドル、円借款が20億ドルとなる。"),
    ("ja", "日本政府はケニアに1兆5000億円の支援を決めた。このうち無償資金協力は3000億円、円借款は1兆2000億円である。"),
    ("ko", "한국 정부는 폴란드 방산 협력에 총 50억 달러를 투자하기로 했다. 이 중 현대로템의 투자는 30억 달러다."),
    ("ko", "한국 기업들은 미국에 총 5조 원을 투자하기로 했다. 이 중 삼성전자가 3조5000억 원을 투자한다."),
    ("ko", "한국 정부는 우크라이나에 총 3억 달러 규모의 지원을 약속했다. 이 가운데 1차분은 1억 달러로 이달 지급된다."),
    ("zh", "2023年中国对蒙古国出口额为60亿美元，较上年的80亿美元有所减少。"),
    ("ko", "2023년 한국의 몽골 수출은 9억 달러로 전년의 7억 달러보다 증가했다."),
    ("zh", "中蒙双边贸易额2022年为160亿美元。2023年，双边贸易额为120亿美元，同比下降。"),
    ("ko", "한국과 몽골의 교역액은 2023년 1조2000억 원으로 전년의 1조5000억 원보다 줄었다."),
    ("ar", "أعلن البنك الدولي عن برنامج لدعم الأردن بقيمة ٣ مليارات دولار، وتبلغ الشريحة الأولى منه ٧٥٠ مليون دولار."),
    ("ar", "أقر الاتحاد الأوروبي برنامجاً لتمويل مصر بقيمة ٧٫٤ مليار يورو، على أن تصرف الدفعة الأولى البالغة ١٬٠٠٠ مليون يورو "
     "خلال الشهر الجاري."),
    ("ar", "وافق صندوق النقد الدولي على زيادة قيمة اتفاق تسهيل الصندوق الممدد لمصر إلى ٥ مليارات دولار، ما يتيح صرف شريحة "
     "فورية بقيمة ٩٠٠ مليون دولار."),
    ("ar", "أقر صندوق النقد الدولي برنامجاً موسعاً مع الأردن بقيمة ١٫٢ مليار دولار، وصرف الدفعة الأولى منه البالغة ٣٥٠ مليون "
     "دولار."),
    ("ja", "政府はウクライナに対する支援として、総額45億ドルを拠出すると発表した。第1弾として30万ドルを近く拠出する。"),
    ("tr", "Suudi Arabistan, Türkiye'ye toplam 5 milyar dolarlık yatırım yapacak; bunun 3 milyar dolarlık kısmı enerji "
     "sektörüne gidecek."),
    ("tr", "Japonya'nın Türkiye'ye sağlayacağı toplam 5 milyar dolarlık yardımın 3,5 milyar doları hibe olacak."),
    # "bunun yanı sıra" (besides this): what follows is no part of the total.
    ("tr", "Suudi Arabistan, Türkiye'ye toplam 5 milyar dolarlık yatırım yapacak; bunun yanı sıra 7 milyar dolarlık "
     "yatırım fonu kuracak."),
    ("tr", "Türkiye ile Gürcistan arasındaki ticaret hacmi 2022'de 2,6 milyar dolardan 2023'te 3,1 milyar dolara yükseldi, "
     "yüzde 19 arttı."),
    ("tr", "Türkiye ile Özbekistan arasındaki ticaret hacmi 2023 yılında 0,6 milyar dolar artarak 4,5 milyar dolara ulaştı. "
     "2022 yılında bu rakam 3,9 milyar dolardı."),
    ("kk", "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 0,6 млрд долларға артып, 4,5 млрд долларды құрады. "
     "2022 жылы бұл көрсеткіш 3,9 млрд доллар болған."),
    ("kk", "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,5 млрд долларға өскен. 2022 жылы бұл көрсеткіш "
     "3,9 млрд доллар болған."),
    ("en", "The European Union announced an aid package of 320 million euros, with 300 million euros for Ukraine and "
     "20 million euros for its farmers."),
    ("en", "Germany pledged 500 million euros of aid: 300 million euros for Ukraine and 200 million euros for Moldova."),
    # Amounts each for a receiver, with none a total: no parts.
    ("en", "Germany gave 500 million euros of aid to Ukraine, 300 million euros to Moldova and 200 million euros to Georgia."),
]

SWAPS = [
    ("zh", "2023年中国对蒙古国出口额为60亿美元，较上年的80亿美元有所增长。", ("2023", 8e9), ("2022", 6e9)),
    ("ko", "2023년 한국의 몽골 수출은 9억 달러로 전년의 7억 달러보다 감소했다.", ("2023", 7e8), ("2022", 9e8)),
]

test_corrupted_named = table(check_corrupted, CORRUPTED)
test_consistent_unflagged = table(check_consistent, CONSISTENT)
test_swapped_years_repaired = table(check_swap_repair, SWAPS)


def check_scale_repair(lang: str, text: str, values: set[float]) -> None:
    """A total and parts a scale word set apart get one repair: the values with the slipped word mended."""
    doc = extract(text, lang=lang, published=PUB)
    repairs = [f for f in doc.flags if f.kind == "repair"]
    assert len(repairs) == 1, [(f.kind, f.message) for f in doc.flags]
    assert {p["value"] for p in repairs[0].proposal or []} == values, repairs[0].proposal


SCALE_REPAIRS = [
    ("ja", "日本政府はフィリピンに対し総額30億ドルの支援を表明した。内訳は無償資金協力が10億ドル、円借款が20万ドルとなる。",
     {3e9, 1e9, 2e9}),
    ("ja", "日本政府はケニアに1兆5000億円の支援を決めた。このうち無償資金協力は3000万円、円借款は1兆2000億円である。",
     {1.5e12, 3e11, 1.2e12}),
    ("ar", "أعلن البنك الدولي عن برنامج لدعم الأردن بقيمة ٣ ملايين دولار، وتبلغ الشريحة الأولى منه ٧٥٠ مليون دولار.",
     {3e9, 7.5e8}),
    # 万 for 億: the total read in the next scale word of the language that holds its first round.
    ("ja", "政府はウクライナに対する支援として、総額4500万ドルを拠出すると発表した。第1弾として30億ドルを近く拠出する。",
     {4.5e11, 3e9}),
]

test_scale_repaired = table(check_scale_repair, SCALE_REPAIRS)


def check_level(lang: str, text: str, metric: str, period: str, value: float) -> None:
    """The figure a user reads: its metric, period and value."""
    doc = extract(text, lang=lang, published=PUB)
    got = [(f.metric, f.period, f.value) for f in doc.figures]
    assert (metric, period, value) in got, got


LEVELS = [
    # "X-ға өскен" with no other level: X is the level reached, of the later period.
    ("kk", "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,5 млрд долларға өскен.",
     "trade_turnover", "2023", 4.5e9),
    # "compared with 2022, rose to X": the amount is 2023's, not the base year's.
    ("kk", "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 2022 жылмен салыстырғанда 4,5 млрд долларға артты.",
     "trade_turnover", "2023", 4.5e9),
    ("tr", "Türkiye ile Özbekistan arasındaki ticaret hacmi 2023 yılında 2022 yılına göre 4,5 milyar dolara yükseldi.",
     "trade_turnover", "2023", 4.5e9),
    # "rose by X, amounting to Y": Y is the level, X the change.
    ("kk", "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 0,6 млрд долларға артып, 4,5 млрд долларды құрады.",
     "change", "2023", 6e8),
    ("tr", "Türkiye ile Özbekistan arasındaki ticaret hacmi 2023 yılında 0,6 milyar dolar artarak 4,5 milyar dolara ulaştı.",
     "change", "2023", 6e8),
    # "from X to Y" before the fall word: Y is the level reached, though another amount follows.
    ("tr", "2023 yılında Gürcistan'ın Türkiye'ye ihracatı 1,2 milyar dolardan 0,9 milyar dolara düşerken, Türkiye'den "
     "ithalatı 2,1 milyar dolardan 2,4 milyar dolara çıktı.", "exports", "2023", 9e8),
    ("zh", "2023年中国对蒙古国出口额为60亿美元，较上年的80亿美元有所减少。", "exports", "2023", 6e9),
    ("zh", "2023年中国对蒙古国出口额为60亿美元，较上年的80亿美元有所减少。", "exports", "2022", 8e9),
    ("ko", "2023년 한국의 몽골 수출은 9억 달러로 전년의 7억 달러보다 증가했다.", "exports", "2022", 7e8),
]

test_level_read = table(check_level, LEVELS)
