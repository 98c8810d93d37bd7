"""Figure kinds of issue 14, second round (own sentences, made up for these tests): the worth of a plan,
programme, package, facility or deposit one side gives another is aid; parts said to make up a total that
add up to far less than it are an error; Korean and Japanese amounts of a scale of ten thousands with
thousands or ones written on; "to" after a fall that is no bound ("hasta", "до")."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import MONEY

from .figure_rows import check_figures
from .number_rows import check_number
from .table import table
from .test_figure_issue14_kinds import check_flagged

# 1. A plan's, programme's or package's worth between a giver and the country it is for: aid, giver -> receiver,
# of the month it is approved; parts said to be of it are aid of the same sides, and adding up give no error.
PROGRAMMES = [
    ("en", "2024-05-20", "The European Commission approved Slovenia's recovery plan worth 2.7 billion euros, of which "
     "1.6 billion in grants and 1.1 billion in loans.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR"), ("aid", {"EC", "SVN"}, "2024-05", 1.6e9, "EUR"),
      ("aid", {"EC", "SVN"}, "2024-05", 1.1e9, "EUR")]),
    ("en", "2024-05-20", "The European Commission unveiled a growth plan for Albania of 900 million euros.",
     [("aid", {"EC", "ALB"}, "2024-05", 9e8, "EUR")]),
    ("en", "2024-05-20", "Norway announced a package of 250 million dollars for Jordan.",
     [("aid", {"NOR", "JOR"}, "2024-05", 2.5e8, "USD")]),
    ("en", "2024-05-20", "The IMF programme for Sri Lanka was augmented to 4 billion dollars.",
     [("aid", {"IMF", "LKA"}, "2024-05", 4e9, "USD")]),
    ("en", "2024-05-20", "Qatar made a deposit of 1 billion dollars in the central bank of Egypt.",
     [("aid", {"QAT", "EGY"}, "2024-05", 1e9, "USD")]),
    ("fr", "2024-05-20", "La Commission européenne a approuvé le plan de relance de la Slovénie d'un montant de "
     "2,7 milliards d'euros, dont 1,6 milliard de subventions et 1,1 milliard de prêts.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR"), ("aid", {"EC", "SVN"}, "2024-05", 1.6e9, "EUR"),
      ("aid", {"EC", "SVN"}, "2024-05", 1.1e9, "EUR")]),
    ("es", "2024-05-20", "La Comisión Europea aprobó el plan de recuperación de Eslovenia por valor de 2.700 millones "
     "de euros.", [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    ("de", "2024-05-20", "Die EU-Kommission billigte den Aufbauplan Sloweniens im Wert von 2,7 Milliarden Euro.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    ("it", "2024-05-20", "La Commissione europea ha approvato il piano di ripresa della Slovenia del valore di "
     "2,7 miliardi di euro.", [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    # "de X, dos quais Y": parts, not "from X to Y" (the base of a change).
    ("pt", "2024-05-20", "A Comissão Europeia aprovou o plano de recuperação da Eslovénia no valor de 2,7 mil milhões "
     "de euros, dos quais 1,6 mil milhões em subvenções e 1,1 mil milhões em empréstimos.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR"), ("aid", {"EC", "SVN"}, "2024-05", 1.6e9, "EUR"),
      ("aid", {"EC", "SVN"}, "2024-05", 1.1e9, "EUR")]),
    ("ro", "2024-05-20", "Comisia Europeană a aprobat planul de redresare al Sloveniei în valoare de 2,7 miliarde de euro.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    ("el", "2024-05-20", "Η Ευρωπαϊκή Επιτροπή ενέκρινε το σχέδιο ανάκαμψης της Σλοβενίας ύψους 2,7 δισ. ευρώ, εκ των "
     "οποίων 1,6 δισ. σε επιχορηγήσεις και 1,1 δισ. σε δάνεια.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR"), ("aid", {"EC", "SVN"}, "2024-05", 1.6e9, "EUR"),
      ("aid", {"EC", "SVN"}, "2024-05", 1.1e9, "EUR")]),
    ("ru", "2024-05-20", "Еврокомиссия одобрила план восстановления Словении на сумму 2,7 млрд евро.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    ("tr", "2024-05-20", "Avrupa Komisyonu, Slovenya'nın 2,7 milyar avroluk kurtarma planını onayladı.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    ("ar", "2024-05-20", "وافقت المفوضية الأوروبية على خطة التعافي لسلوفينيا بقيمة 2.7 مليار يورو.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    ("ko", "2024-05-20", "유럽연합 집행위원회는 슬로베니아의 27억 유로 규모 회복 계획을 승인했다.",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
    ("ja", "2024-05-20", "欧州委員会はスロベニアの27億ユーロ規模の復興計画を承認した。",
     [("aid", {"EC", "SVN"}, "2024-05", 2.7e9, "EUR")]),
]

test_programme_worth_is_aid = table(check_figures, PROGRAMMES)


def check_no_aid(lang: str, published: str, text: str) -> None:
    """A plan of one country alone is no aid: no aid figure is read."""
    doc = extract(text, lang=lang, published=published)
    assert not [f for f in doc.figures if f.metric == "aid"], [(f.metric, f.reporter, f.partner) for f in doc.figures]


ONE_SIDE = [
    ("en", "2024-05-20", "Slovenia adopted a national recovery plan worth 2.7 billion euros."),
    ("ko", "2024-05-20", "슬로베니아 정부는 27억 유로 규모의 회복 계획을 발표했다."),
]

test_plan_of_one_side_is_no_aid = table(check_no_aid, ONE_SIDE)


# 2. Parts said to make up a total: far less than it is an error naming the numbers; a consistent set gives
# no error; one unit word changed (million -> billion) gives an error too.
FAR_BELOW = [
    ("en", "2024-05-20", "The World Bank approved a programme of 600 million dollars for Malawi, including 52 million "
     "dollars in grants and 25 million dollars in loans.", "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
    ("ar", "2024-05-20", "وافق البنك الدولي على برنامج بقيمة 600 مليون دولار لملاوي، منها 52 مليون دولار منح و25 مليون "
     "دولار قروض.", "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
    ("tr", "2024-05-20", "Dünya Bankası Malavi için 600 milyon dolarlık bir program onayladı. Bunun 52 milyon doları hibe, "
     "25 milyon doları kredi olarak verilecek.", "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
    ("ja", "2024-05-20", "世界銀行はマラウイに対し総額6億ドルの支援を承認した。内訳は無償資金協力5200万ドル、円借款2500万ドル。",
     "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
    ("ko", "2024-05-20", "세계은행은 말라위에 6억 달러 규모의 지원을 승인했다. 이 중 무상원조는 5200만 달러, 차관은 2500만 달러다.",
     "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
    # The unit word of one part changed: a part many times its total, a unit slip.
    ("en", "2024-05-20", "The World Bank approved a programme of 600 million dollars for Malawi, including 400 million "
     "dollars in grants and 200 billion dollars in loans.", "scale", ("200.0 B USD", "600.0 M USD")),
]

FAR_BELOW += [
    # The parts before a word that says they make up the total, at the end of their sentence.
    ("tr", "2024-05-20", "Dünya Bankası, Malavi'ye 600 milyon dolarlık destek paketi açıkladı. Paket, 52 milyon dolarlık hibe "
     "ve 25 milyon dolarlık krediden oluşuyor.", "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
    ("ko", "2024-05-20", "세계은행은 말라위에 6억 달러 규모의 지원을 승인했다. 지원은 무상원조 5200만 달러와 차관 2500만 달러로 "
     "구성된다.", "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
    ("ja", "2024-05-20", "世界銀行はマラウイに対し総額6億ドルの支援を承認した。支援は無償資金協力5200万ドルと円借款2500万ドルからなる。",
     "sum_mismatch", ("52.0 M USD", "25.0 M USD", "600.0 M USD")),
]

test_parts_far_below_total_flagged = table(check_flagged, FAR_BELOW)

CONSISTENT_PARTS = [
    ("en", "2024-05-20", "The World Bank approved a programme of 600 million dollars for Malawi, including 400 million "
     "dollars in grants and 200 million dollars in loans.",
     [("aid", {"WB", "MWI"}, "2024-05", 6e8, "USD"), ("aid", {"WB", "MWI"}, "2024-05", 4e8, "USD"),
      ("aid", {"WB", "MWI"}, "2024-05", 2e8, "USD")]),
    ("ko", "2024-05-20", "세계은행은 말라위에 6억 달러 규모의 지원을 승인했다. 이 중 무상원조는 4억 달러, 차관은 2억 달러다.",
     [("aid", {"WB", "MWI"}, "2024-05", 6e8, "USD"), ("aid", {"WB", "MWI"}, "2024-05", 4e8, "USD"),
      ("aid", {"WB", "MWI"}, "2024-05", 2e8, "USD")]),
]

CONSISTENT_PARTS += [
    ("tr", "2024-05-20", "Dünya Bankası, Malavi'ye 77 milyon dolarlık destek paketi açıkladı. Paket, 52 milyon dolarlık hibe "
     "ve 25 milyon dolarlık krediden oluşuyor.",
     [("aid", {"WB", "MWI"}, "2024-05", 7.7e7, "USD"), ("aid", {"WB", "MWI"}, "2024-05", 5.2e7, "USD"),
      ("aid", {"WB", "MWI"}, "2024-05", 2.5e7, "USD")]),
    ("ja", "2024-05-20", "世界銀行はマラウイに対し総額7700万ドルの支援を承認した。支援は無償資金協力5200万ドルと円借款2500万ドルからなる。",
     [("aid", {"WB", "MWI"}, "2024-05", 7.7e7, "USD"), ("aid", {"WB", "MWI"}, "2024-05", 5.2e7, "USD"),
      ("aid", {"WB", "MWI"}, "2024-05", 2.5e7, "USD")]),
]

test_consistent_parts_no_error = table(check_figures, CONSISTENT_PARTS)


# 4. Digits with a scale of ten thousands and thousands or ones written on: one amount, all of it.
CJK_NUMBERS = [
    ("ko", "양국 교역액은 1천248억 달러였다.", ("1천248억 달러", 1.248e11, "USD", MONEY)),
    ("ko", "양국 교역액은 2억5천만 달러였다.", ("2억5천만 달러", 2.5e8, "USD", MONEY)),
    ("ko", "양국 교역액은 1조2천억원이었다.", ("1조2천억원", 1.2e12, "KRW", MONEY)),
    ("ko", "양국 교역액은 1,248억 달러였다.", ("1,248억 달러", 1.248e11, "USD", MONEY)),
    ("ko", "지원액은 3만5000 달러였다.", ("3만5000 달러", 3.5e4, "USD", MONEY)),
    ("ja", "両国の貿易額は1千248億ドルだった。", ("1千248億ドル", 1.248e11, "USD", MONEY)),
    ("ja", "両国の貿易額は5千万ドルだった。", ("5千万ドル", 5e7, "USD", MONEY)),
    ("ja", "支援額は3万5,000ドルだった。", ("3万5,000ドル", 3.5e4, "USD", MONEY)),
    ("ja", "支援額は3万5000ドルだった。", ("3万5000ドル", 3.5e4, "USD", MONEY)),
    ("ja", "両国の貿易額は1248億ドルだった。", ("1248億ドル", 1.248e11, "USD", MONEY)),
]

test_cjk_scale_forms = table(check_number, CJK_NUMBERS)


# 5. "to" after a fall is no bound: the growth of the later year is checked against both levels.
TO_AFTER_FALL = [
    ("es", "2024-03-12", "En 2023, el comercio entre Chile y Perú cayó un 25 % hasta 4.100 millones de dólares, "
     "frente a 4.600 millones de dólares en 2022.", "growth_mismatch", ("4,100.0 M USD", "4,600.0 M USD")),
    ("ru", "2024-03-12", "В 2023 году товарооборот между Арменией и Грузией сократился на 25 % до 4,1 млрд долларов "
     "по сравнению с 4,6 млрд долларов в 2022 году.", "growth_mismatch", ("4,100.0 M USD", "4,600.0 M USD")),
    # Two periods swapped: a rise said of a lower level.
    ("es", "2024-03-12", "En 2023, el comercio entre Chile y Perú creció un 12 % hasta 4.100 millones de dólares, "
     "frente a 4.600 millones de dólares en 2022.", "growth_mismatch", ("4,100.0 M USD", "4,600.0 M USD")),
]

test_to_after_fall_checked = table(check_flagged, TO_AFTER_FALL)

TO_AFTER_FALL_CONSISTENT = [
    ("es", "2024-03-12", "En 2023, el comercio entre Chile y Perú cayó un 11 % hasta 4.100 millones de dólares, "
     "frente a 4.600 millones de dólares en 2022.",
     [("growth_pct", {"CHL", "PER"}, "2023", -11.0, "percent"), ("trade_turnover", {"CHL", "PER"}, "2023", 4.1e9, "USD"),
      ("trade_turnover", {"CHL", "PER"}, "2022", 4.6e9, "USD")]),
    ("ru", "2024-03-12", "В 2023 году товарооборот между Арменией и Грузией сократился на 11 % до 4,1 млрд долларов "
     "по сравнению с 4,6 млрд долларов в 2022 году.",
     [("growth_pct", {"ARM", "GEO"}, "2023", -11.0, "percent"), ("trade_turnover", {"ARM", "GEO"}, "2023", 4.1e9, "USD"),
      ("trade_turnover", {"ARM", "GEO"}, "2022", 4.6e9, "USD")]),
]

test_to_after_fall_consistent = table(check_figures, TO_AFTER_FALL_CONSISTENT)

# 5. The growth of the later year, its rise or fall word at the head of a long clause ("Im Jahr 2023 sank der
# Handel zwischen ... um 20 Prozent"), or the base level written onto "بـ": checked against both levels.
GROWTH_LATER_YEAR = [
    ("de", "2024-03-12", "Im Jahr 2023 sank der Handel zwischen Österreich und der Slowakei um 25 Prozent auf "
     "4,1 Milliarden Euro, nach 4,6 Milliarden Euro im Jahr 2022.", "growth_mismatch", ("4,100.0 M EUR", "4,600.0 M EUR")),
    ("ar", "2024-03-12", "تراجع حجم التبادل التجاري بين الأردن والعراق في 2023 بنسبة 25% إلى 4.1 مليار دولار مقارنة "
     "بـ4.6 مليار دولار في 2022.", "growth_mismatch", ("4,100.0 M USD", "4,600.0 M USD")),
    ("ar", "2024-03-12", "تراجع حجم التبادل التجاري بين الأردن والعراق في 2023 بنسبة 25% ليبلغ 4.1 مليار دولار، مقابل "
     "4.6 مليار دولار في 2022.", "growth_mismatch", ("4,100.0 M USD", "4,600.0 M USD")),
]

test_growth_of_later_year_checked = table(check_flagged, GROWTH_LATER_YEAR)

GROWTH_LATER_YEAR_CONSISTENT = [
    ("de", "2024-03-12", "Im Jahr 2023 sank der Handel zwischen Österreich und der Slowakei um 11 Prozent auf "
     "4,1 Milliarden Euro, nach 4,6 Milliarden Euro im Jahr 2022.",
     [("growth_pct", {"AUT", "SVK"}, "2023", -11.0, "percent"), ("trade_turnover", {"AUT", "SVK"}, "2023", 4.1e9, "EUR"),
      ("trade_turnover", {"AUT", "SVK"}, "2022", 4.6e9, "EUR")]),
    ("ar", "2024-03-12", "تراجع حجم التبادل التجاري بين الأردن والعراق في 2023 بنسبة 11% إلى 4.1 مليار دولار مقارنة "
     "بـ4.6 مليار دولار في 2022.",
     [("growth_pct", {"JOR", "IRQ"}, "2023", -11.0, "percent"), ("trade_turnover", {"JOR", "IRQ"}, "2023", 4.1e9, "USD"),
      ("trade_turnover", {"JOR", "IRQ"}, "2022", 4.6e9, "USD")]),
]

test_growth_of_later_year_consistent = table(check_figures, GROWTH_LATER_YEAR_CONSISTENT)


# 6, 7. Who invests: the actor of the amount's clause in the country marked as receiver, whatever countries
# attend; an agreement's worth signed during a visit is the visitor's investment in the host.
def check_sides(lang: str, published: str, text: str, expected: tuple[str, str, str, float]) -> None:
    """The figure `(metric, reporter, partner, value)` is read, and no other figure of that value."""
    doc = extract(text, lang=lang, published=published)
    got = [(f.metric, f.reporter, f.partner, f.value) for f in doc.figures if f.value == expected[3]]
    assert got == [expected], got


SIDES = [
    ("en", "2024-05-20", "At the summit in Skopje, attended by the leaders of Kosovo and Serbia, the European Commission "
     "pledged an investment of 1 billion euros for North Macedonia.", ("investment", "EC", "MKD", 1e9)),
    ("fr", "2024-05-20", "Lors du sommet de Skopje, en présence des dirigeants du Kosovo et de la Serbie, la Commission "
     "européenne a promis un investissement de 1 milliard d'euros pour la Macédoine du Nord.", ("investment", "EC", "MKD", 1e9)),
    ("de", "2024-05-20", "Beim Gipfel in Skopje, an dem die Staatschefs Serbiens und Montenegros teilnahmen, sagte die "
     "EU-Kommission Investitionen von 1 Milliarde Euro für Nordmazedonien zu.", ("investment", "EC", "MKD", 1e9)),
    ("en", "2024-05-20", "During the visit of President Lula to Beijing, Chinese and Brazilian companies signed agreements "
     "worth 6 billion dollars.", ("investment", "BRA", "CHN", 6e9)),
    ("fr", "2024-05-20", "Lors de la visite du président brésilien à Pékin, la Chine et le Brésil ont signé des accords "
     "d'une valeur de 6 milliards de dollars.", ("investment", "BRA", "CHN", 6e9)),
    ("tr", "2024-05-20", "Cumhurbaşkanı Erdoğan'ın Malezya ziyareti sırasında Türkiye ve Malezya 6 milyar dolarlık anlaşmalar "
     "imzaladı.",
     ("investment", "TUR", "MYS", 6e9)),
]

SIDES += [
    # The visitor a person right before the visit word, the companies unnamed as countries.
    ("en", "2024-05-20", "During Prime Minister Modi's visit to Abu Dhabi, companies signed agreements worth 5 billion "
     "dollars.", ("investment", "IND", "ARE", 5e9)),
    ("ko", "2024-05-20", "윤 대통령의 사우디아라비아 방문 중 한국과 사우디아라비아 기업들은 80억 달러 규모의 계약을 체결했다.",
     ("investment", "KOR", "SAU", 8e9)),
]

test_investment_sides = table(check_sides, SIDES)


def check_not_investment(lang: str, published: str, text: str) -> None:
    """An agreement with a trade amount is no investment: no investment figure is read."""
    doc = extract(text, lang=lang, published=published)
    assert not [f for f in doc.figures if f.metric == "investment"], [(f.metric, f.value) for f in doc.figures]


NOT_INVESTMENT = [
    ("en", "2024-05-20", "Brazil and China signed a trade agreement; trade reached 150 billion dollars in 2023."),
    ("en", "2024-05-20", "Brazil signed an agreement worth 6 billion dollars."),
    ("en", "2024-05-20", "Eni signed contracts worth 8 billion dollars in Rome."),
]

test_agreement_with_trade_is_no_investment = table(check_not_investment, NOT_INVESTMENT)


# 2. Parts listed in the next sentence, opened by an "of which" word: parts of the total, of its sides; they
# may leave some out ("includes"), so only parts above the total are an error.
NEXT_SENTENCE_OVER = [
    ("en", "2024-05-20", "The World Bank approved a programme of 80 million dollars for Malawi. It includes 60 million "
     "dollars for schools and 35 million dollars for clinics.", "sum_mismatch", ("60.0 M USD", "35.0 M USD", "80.0 M USD")),
    ("fr", "2024-05-20", "La Banque mondiale a approuvé un programme de 80 millions de dollars pour le Malawi. Il comprend "
     "60 millions de dollars pour les écoles et 35 millions de dollars pour les cliniques.", "sum_mismatch",
     ("60.0 M USD", "35.0 M USD", "80.0 M USD")),
]

test_next_sentence_parts_over_total = table(check_flagged, NEXT_SENTENCE_OVER)

NEXT_SENTENCE_WITHIN = [
    ("en", "2024-05-20", "The World Bank approved a programme of 400 million dollars for Malawi. It includes 60 million "
     "dollars for schools and 35 million dollars for clinics.",
     [("aid", {"WB", "MWI"}, "2024-05", 4e8, "USD"), ("aid", {"WB", "MWI"}, "2024-05", 6e7, "USD"),
      ("aid", {"WB", "MWI"}, "2024-05", 3.5e7, "USD")]),
]


def check_within(lang: str, published: str, text: str, expected: list[tuple[str, set[str], str | None, float, str]]) -> None:
    """The expected figures, each of the giver and receiver, and no flag at all (no 'stated twice' warning)."""
    check_figures(lang, published, text, expected)
    doc = extract(text, lang=lang, published=published)
    assert {(f.reporter, f.partner) for f in doc.figures} == {("WB", "MWI")}, [(f.reporter, f.partner) for f in doc.figures]
    assert not doc.flags, [(f.kind, f.message) for f in doc.flags]


test_next_sentence_parts_within_total = table(check_within, NEXT_SENTENCE_WITHIN)
