"""Figure kinds of session 15 (own sentences, made up for these tests): money a state places in another
state's central bank, and the checks on a facility and its tranches."""

from __future__ import annotations

from legation import extract

from .figure_rows import check_figures
from .table import table

# A deposit in another country's central bank supports its reserves: aid from the depositor, whatever the
# verb ("yatırdı" also means "invested"); an investment beside a central bank named for another reason stays one.
DEPOSITS = [
    ("ar", "2025-03-20", "أودعت قطر ملياري دولار في البنك المركزي التونسي لدعم احتياطياته.",
     [("aid", {"QAT", "TUN"}, "2025-03", 2e9, "USD")]),
    ("tr", "2025-03-20", "Katar, Mısır Merkez Bankası'na 2 milyar dolar yatırdı.",
     [("aid", {"QAT", "EGY"}, "2025-03", 2e9, "USD")]),
    ("fr", "2025-03-20", "Le Koweït a déposé 1 milliard de dollars auprès de la banque centrale de Jordanie.",
     [("aid", {"KWT", "JOR"}, "2025-03", 1e9, "USD")]),
    ("uz", "2025-03-20", "Xitoy Qirg'iziston Markaziy bankiga 500 million dollar depozit qo'ydi.",
     [("aid", {"CHN", "KGZ"}, "2025-03", 5e8, "USD")]),
    ("fa", "2025-03-20", "امارات ۲ میلیارد دلار در بانک مرکزی پاکستان سپرده گذاری کرد.",
     [("aid", {"ARE", "PAK"}, "2025-03", 2e9, "USD")]),
    ("en", "2025-03-20", "Qatar invested 2 billion dollars in Egypt's new port, the central bank governor said.",
     [("investment", {"QAT", "EGY"}, "2025-03", 2e9, "USD")]),
]

test_central_bank_deposits = table(check_figures, DEPOSITS)

# What all the world invested in a country ("foreign investment in Mexico") is its total, no figure of the
# pair the article is about; what one partner invested beside it in the sentence stays that pair's.
COUNTRY_TOTALS = [
    ("en", "2025-03-20", "Foreign investment in Kyrgyzstan reached 1.5 billion dollars in 2023, while Russia "
     "invested 400 million dollars in Kyrgyzstan.",
     [("investment", {"KGZ", "RUS"}, "2023", 4e8, "USD")]),
    ("ru", "2025-03-20", "Президенты Узбекистана и Китая провели переговоры. Объем иностранных инвестиций в "
     "Узбекистан в 2024 году составил 14 миллиардов долларов.", []),
    ("tr", "2025-03-20", "Türkiye ve Macaristan heyetleri görüştü. Macaristan'a gelen yabancı yatırım 2024 "
     "yılında 9 milyar dolar oldu.", []),
    ("es", "2025-03-20", "Chile y Perú firmaron acuerdos. La inversión extranjera en Perú alcanzó 8.000 millones "
     "de dólares en 2024.", []),
    ("de", "2025-03-20", "Österreich und Ungarn unterzeichneten Abkommen. Die ausländischen Investitionen in "
     "Ungarn erreichten 2024 rund 12 Milliarden Euro.", []),
    ("ar", "2025-03-20", "وقعت المغرب وفرنسا اتفاقيات. بلغت الاستثمارات الأجنبية المباشرة في المغرب 3 مليارات "
     "دولار في عام 2024.", []),
    # One partner's foreign investment in another is the pair's.
    ("en", "2025-03-20", "Japan's foreign direct investment in Indonesia reached 5 billion dollars in 2024.",
     [("investment", {"JPN", "IDN"}, "2024", 5e9, "USD")]),
]

test_country_totals_are_no_pair_figures = table(check_figures, COUNTRY_TOTALS)


def check_flagged(lang: str, published: str, text: str, kind: str, numbers: tuple[str, ...]) -> None:
    """An error flag of `kind` whose message names each of `numbers` as written."""
    doc = extract(text, lang=lang, published=published)
    errors = [f for f in doc.flags if f.severity == "error" and f.kind == kind]
    assert errors, [(f.kind, f.message) for f in doc.flags]
    assert any(all(n in f.message for n in numbers) for f in errors), [f.message for f in errors]


# A first disbursement named after its facility ("desembolso", "esborso", "Auszahlung") is a part of it: larger
# than the facility, the two cannot both be true; many times it, a scale word slipped (plural "millones" for
# "mil millones"), and the flag names both numbers.
TRANCHES_OVER = [
    ("en", "2025-03-20", "The IMF approved a 2 billion dollar programme for Sri Lanka, with a first disbursement "
     "of 3 billion dollars.", "sum_mismatch", ("2 billion dollar", "3 billion dollars")),
    ("it", "2025-03-20", "Il FMI ha approvato un programma da 3 miliardi di dollari per la Tunisia, con un primo "
     "esborso di 4 miliardi.", "sum_mismatch", ("3 miliardi di dollari", "4 miliardi")),
    ("de", "2025-03-20", "Der IWF genehmigte ein Programm in Höhe von 3 Milliarden Dollar für Tunesien mit einer "
     "ersten Auszahlung von 5 Milliarden Dollar.", "sum_mismatch", ("3 Milliarden Dollar", "5 Milliarden Dollar")),
    ("es", "2025-03-20", "El FMI aprobó un programa de 30 millones de dólares para Ecuador, con un primer "
     "desembolso de 8.000 millones de dólares.", "scale", ("30 millones de dólares", "8.000 millones de dólares")),
    ("es", "2025-03-20", "El FMI aprobó un programa de 30 millones de dólares para Ecuador, con un primer "
     "desembolso de 8 mil millones de dólares.", "scale", ("30 millones de dólares", "8 mil millones de dólares")),
    ("pt", "2025-03-20", "O FMI aprovou um programa de 30 milhões de dólares para Moçambique, com um primeiro "
     "desembolso de 8 bilhões de dólares.", "scale", ("30 milhões de dólares", "8 bilhões de dólares")),
]

test_tranche_over_its_facility = table(check_flagged, TRANCHES_OVER)

# A disbursement within its facility: both aid, no flag.
TRANCHES_WITHIN = [
    ("en", "2025-03-20", "The IMF approved a 3 billion dollar programme for Egypt, with a first disbursement of "
     "800 million dollars.",
     [("aid", {"IMF", "EGY"}, "2025-03", 3e9, "USD"), ("aid", {"IMF", "EGY"}, "2025-03", 8e8, "USD")]),
    ("es", "2025-03-20", "El FMI aprobó un programa de 20.000 millones de dólares para Argentina, con un primer "
     "desembolso de 12.000 millones de dólares.",
     [("aid", {"IMF", "ARG"}, "2025-03", 2e10, "USD"), ("aid", {"IMF", "ARG"}, "2025-03", 1.2e10, "USD")]),
    ("fr", "2025-03-20", "Le FMI a approuvé un programme de 2 milliards de dollars pour la Tunisie, avec un premier "
     "décaissement de 500 millions de dollars.",
     [("aid", {"IMF", "TUN"}, "2025-03", 2e9, "USD"), ("aid", {"IMF", "TUN"}, "2025-03", 5e8, "USD")]),
]

test_tranche_within_its_facility = table(check_figures, TRANCHES_WITHIN)

# Persian aid with its word inflected ("وامی": a loan), a package's worth, or granted with no word for aid.
PERSIAN_AID = [
    ("fa", "2025-03-20", "روسیه برای ساخت بندر وامی به ارزش ۱٫۳ میلیارد یورو به ایران اعطا می‌کند.",
     [("aid", {"RUS", "IRN"}, "2025-03", 1.3e9, "EUR")]),
    ("fa", "2025-03-20", "چین ۵۰۰ میلیون دلار به پاکستان اعطا کرد.",
     [("aid", {"CHN", "PAK"}, "2025-03", 5e8, "USD")]),
    ("fa", "2025-03-20", "اتحادیه اروپا بسته‌ای به ارزش ۲ میلیارد یورو برای مصر تصویب کرد.",
     [("aid", {"EU", "EGY"}, "2025-03", 2e9, "EUR")]),
]

test_persian_aid_words = table(check_figures, PERSIAN_AID)

# Kazakh, Kyrgyz, Uzbek: an amount in the dative right before a rise or fall word, after the level, is the
# change ("800 миллион долларга көбөйдү": grew by 800 million); the two years' levels then check it. "көбейген"
# (Kazakh), "ko'paydi" (Uzbek) are rise words too.
TURKIC_CHANGES = [
    ("ky", "2025-03-20", "2024-жылы Кыргызстан менен Казакстандын ортосундагы соода жүгүртүү 2,5 миллиард долларды "
     "түздү, бул 2023-жылга караганда 700 миллион долларга көбөйдү. 2023-жылы ал 2,3 миллиард доллар болгон.",
     "change_mismatch", ("2,3 миллиард доллар", "2,5 миллиард долларды", "700 миллион доллар")),
    ("kk", "2025-03-20", "2024 жылы Қазақстан мен Түркия арасындағы тауар айналымы 4,6 миллиард долларды құрады, "
     "бұл 2023 жылмен салыстырғанда 900 миллион долларға өсті. 2023 жылы ол 4,4 миллиард доллар болған.",
     "change_mismatch", ("4,4 миллиард доллар", "4,6 миллиард долларды", "900 миллион доллар")),
    ("uz", "2025-03-20", "2024 yilda O'zbekiston va Turkiya o'rtasidagi tovar aylanmasi 3,6 milliard dollarni "
     "tashkil etdi, bu 2023 yilga nisbatan 700 million dollarga oshdi. 2023 yilda u 3,5 milliard dollar bo'lgan.",
     "change_mismatch", ("3,5 milliard dollar", "3,6 milliard dollarni", "700 million dollar")),
    ("kk", "2025-03-20", "2024 жылы Қазақстан мен Түркия арасындағы тауар айналымы 4,6 миллиард долларды құрады, "
     "2023 жылы 4,4 миллиард доллар болған. Осылайша, сауда 30 пайызға көбейген.",
     "growth_mismatch", ("4,4 миллиард доллар", "4,6 миллиард долларды", "30 пайызға")),
]

test_turkic_change_against_levels = table(check_flagged, TURKIC_CHANGES)

# The same with a change that fits, and "from X to Y" (the dative after a "from" amount is the level reached).
TURKIC_CONSISTENT = [
    ("ky", "2025-03-20", "2024-жылы Кыргызстан менен Казакстандын ортосундагы соода жүгүртүү 2,5 миллиард долларды "
     "түздү, бул 2023-жылга караганда 200 миллион долларга көбөйдү. 2023-жылы ал 2,3 миллиард доллар болгон.",
     [("trade_turnover", {"KGZ", "KAZ"}, "2024", 2.5e9, "USD"), ("change", {"KGZ", "KAZ"}, "2024", 2e8, "USD"),
      ("trade_turnover", {"KGZ", "KAZ"}, "2023", 2.3e9, "USD")]),
    ("kk", "2025-03-20", "2024 жылы Қазақстан мен Түркия арасындағы тауар айналымы 2023 жылғы 4,4 миллиард "
     "доллардан 4,1 миллиард долларға төмендеді.",
     [("trade_turnover", {"KAZ", "TUR"}, "2023", 4.4e9, "USD"), ("trade_turnover", {"KAZ", "TUR"}, "2024", 4.1e9, "USD")]),
]

test_turkic_change_consistent = table(check_figures, TURKIC_CONSISTENT)
