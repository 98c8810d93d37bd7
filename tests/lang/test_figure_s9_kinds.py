"""Figure kinds of issue 16 (own sentences, made up for these tests): aid pledged with no aid word, the
parts of an aid package, who gives and who receives, aid beside investment, the periods of a sentence
that states two years, and the checks these make possible."""

from __future__ import annotations

from legation import extract

from .figure_rows import check_directions, check_figures
from .table import table

# Aid pledged, granted or allocated with no word for aid: the verb says it (a German verb in two parts).
PLEDGES = [
    ("en", "2025-03-20", "At the donors' conference in Brussels, Germany pledged 300 million euros for Syria.",
     [("aid", {"DEU", "SYR"}, "2025-03", 3e8, "EUR")]),
    ("de", "2025-03-20", "Auf der Geberkonferenz in Brüssel sagte Deutschland weitere 300 Millionen Euro für Syrien zu.",
     [("aid", {"DEU", "SYR"}, "2025-03", 3e8, "EUR")]),
    ("de", "2025-03-20", "Die Bundesregierung stellt dem Sudan zusätzlich 120 Millionen Euro bereit.",
     [("aid", {"DEU", "SDN"}, "2025-03", 1.2e8, "EUR")]),
    ("pl", "2025-03-20", "Polska przekaże Mołdawii 50 mln euro.",
     [("aid", {"POL", "MDA"}, "2025-03", 5e7, "EUR")]),
    ("ar", "2025-03-20", "تعهدت ألمانيا بتقديم 300 مليون يورو لسوريا خلال مؤتمر المانحين في بروكسل.",
     [("aid", {"DEU", "SYR"}, "2025-03", 3e8, "EUR")]),
    ("it", "2025-03-20", "Alla conferenza dei donatori l'Italia ha promesso 100 milioni di euro alla Siria.",
     [("aid", {"ITA", "SYR"}, "2025-03", 1e8, "EUR")]),
    ("tr", "2025-03-20", "Almanya, Brüksel'deki bağışçılar konferansında Suriye için 300 milyon euro taahhüt etti.",
     [("aid", {"DEU", "SYR"}, "2025-03", 3e8, "EUR")]),
    ("kk", "2025-03-20", "Жапония Қазақстанға 10 миллион доллар грант берді.",
     [("aid", {"JPN", "KAZ"}, "2025-03", 1e7, "USD")]),
    ("hi", "2025-03-20", "भारत ने नेपाल के लिए 500 करोड़ रुपये का अनुदान मंजूर किया।",
     [("aid", {"IND", "NPL"}, "2025-03", 5e9, "INR")]),
]

test_aid_pledges = table(check_figures, PLEDGES)


# The grants, loans and investments of a stated package: each a figure of the package's sides, no
# conflict between them and their total.
# The Commission manages the Union's money it gives: its aid is the Commission's (EC), not the Union's.
PACKAGES = [
    ("pl", "2025-03-20",
     "Komisja Europejska przeznaczy dla Ukrainy 6 mld euro, w tym 4 mld euro dotacji i 2 mld euro pożyczek.",
     [("aid", {"EC", "UKR"}, "2025-03", 6e9, "EUR"), ("aid", {"EC", "UKR"}, "2025-03", 4e9, "EUR"),
      ("aid", {"EC", "UKR"}, "2025-03", 2e9, "EUR")]),
    ("uk", "2025-03-20",
     "Єврокомісія надасть Україні 3 млрд євро, з них 2 млрд євро грантів і 1 млрд євро кредитів.",
     [("aid", {"EC", "UKR"}, "2025-03", 3e9, "EUR"), ("aid", {"EC", "UKR"}, "2025-03", 2e9, "EUR"),
      ("aid", {"EC", "UKR"}, "2025-03", 1e9, "EUR")]),
    ("it", "2025-03-20",
     "La Commissione europea ha stanziato 1 miliardo di euro per la Tunisia, di cui 600 milioni di euro in "
     "prestiti e 400 milioni di euro in sovvenzioni.",
     [("aid", {"EC", "TUN"}, "2025-03", 1e9, "EUR"), ("aid", {"EC", "TUN"}, "2025-03", 6e8, "EUR"),
      ("aid", {"EC", "TUN"}, "2025-03", 4e8, "EUR")]),
    # Investments of a package are investment, its grants aid, whatever word the amount before ends on.
    ("en", "2025-03-20",
     "The European Commission will provide Egypt with a 7.4 billion euro package: 5 billion euros in loans, "
     "1.8 billion euros in investments and 600 million euros in grants.",
     [("aid", {"EC", "EGY"}, "2025-03", 7.4e9, "EUR"), ("aid", {"EC", "EGY"}, "2025-03", 5e9, "EUR"),
      ("investment", {"EC", "EGY"}, "2025-03", 1.8e9, "EUR"), ("aid", {"EC", "EGY"}, "2025-03", 6e8, "EUR")]),
    ("ar", "2024-03-18",
     "أعلن الاتحاد الأوروبي عن حزمة مساعدات لمصر بقيمة 7.4 مليار يورو تتضمن 5 مليارات يورو قروضا، "
     "و1.8 مليار يورو استثمارات، و600 مليون يورو منحا.",
     [("aid", {"EU", "EGY"}, "2024-03", 7.4e9, "EUR"), ("aid", {"EU", "EGY"}, "2024-03", 5e9, "EUR"),
      ("investment", {"EU", "EGY"}, "2024-03", 1.8e9, "EUR"), ("aid", {"EU", "EGY"}, "2024-03", 6e8, "EUR")]),
]

test_aid_packages = table(check_figures, PACKAGES)


def check_flagged(lang: str, published: str, text: str, kind: str) -> None:
    """An error flag of `kind` is raised: the numbers as written cannot all be true."""
    doc = extract(text, lang=lang, published=published)
    assert [f for f in doc.flags if f.severity == "error" and f.kind == kind], \
        ([(f.kind, f.severity, f.message) for f in doc.flags], [(f.metric, f.value, f.period) for f in doc.figures])


# Numbers that cannot all be true: parts above their total, a growth the two levels contradict once each
# level has its own year.
FLAGGED = [
    ("uk", "2025-03-20",
     "Єврокомісія надасть Україні 2,5 млрд євро, з них 2 млрд євро грантів і 1,5 млрд євро кредитів.",
     "sum_mismatch"),
    ("de", "2025-03-20",
     "Die EU-Kommission stellt Ägypten 4,2 Milliarden Euro bereit, davon 4 Milliarden Euro als Darlehen und "
     "900 Millionen Euro als Zuschüsse.", "sum_mismatch"),
    ("en", "2024-03-20",
     "Trade between Germany and China fell 7 % in 2023 compared with 2022, to 254 billion euros from 298 "
     "billion euros.", "growth_mismatch"),
    ("en", "2024-03-20",
     "Trade between Germany and China fell 7 % in 2023 compared with 2022. In 2023 it stood at 254 billion "
     "euros, after 298 billion euros in 2022.", "growth_mismatch"),
    ("tr", "2024-03-20",
     "Türkiye ile Almanya arasındaki ticaret hacmi 2023'te 2022'ye göre yüzde 20 azalarak 48 milyar dolardan "
     "44,6 milyar dolara geriledi.", "growth_mismatch"),
    ("pl", "2024-03-20",
     "W 2023 r. obroty handlowe Polski z Niemcami spadły o 13 proc. w porównaniu z 2022 r. i wyniosły "
     "160 mld euro wobec 165 mld euro rok wcześniej.", "growth_mismatch"),
    ("de", "2024-03-20",
     "Der Handel zwischen Deutschland und China sank 2023 im Vergleich zu 2022 um 5 Prozent. 2023 betrug er "
     "254 Milliarden Euro, 2022 waren es 298 Milliarden Euro.", "growth_mismatch"),
]

test_flagged = table(check_flagged, FLAGGED)


# Periods of a sentence that states two years: each level its own year, the values after the current
# level the current year's, and no error on numbers that add up.
PERIODS = [
    ("hi", "2024-05-20",
     "वित्त वर्ष 2023-24 में भारत और अमेरिका के बीच व्यापार 2022-23 के 128.8 अरब डॉलर से घटकर 118.3 अरब डॉलर रह "
     "गया, निर्यात 77.5 अरब डॉलर और आयात 40.8 अरब डॉलर रहा।",
     [("trade_turnover", {"IND", "USA"}, "2022-04/2023-03", 128.8e9, "USD"),
      ("trade_turnover", {"IND", "USA"}, "2023-04/2024-03", 118.3e9, "USD"),
      ("exports", {"IND", "USA"}, "2023-04/2024-03", 77.5e9, "USD"),
      ("imports", {"IND", "USA"}, "2023-04/2024-03", 40.8e9, "USD")]),
    ("hi", "2023-05-20",
     "2022-23 में भारत और अमेरिका के बीच व्यापार 7.6 प्रतिशत बढ़कर 128.8 अरब डॉलर हो गया, जो पिछले वर्ष 119.7 अरब "
     "डॉलर था; निर्यात 78.3 अरब डॉलर और आयात 50.5 अरब डॉलर रहा।",
     [("growth_pct", {"IND", "USA"}, "2022-04/2023-03", 7.6, "percent"),
      ("trade_turnover", {"IND", "USA"}, "2022-04/2023-03", 128.8e9, "USD"),
      ("trade_turnover", {"IND", "USA"}, "2021-04/2022-03", 119.7e9, "USD"),
      ("exports", {"IND", "USA"}, "2022-04/2023-03", 78.3e9, "USD"),
      ("imports", {"IND", "USA"}, "2022-04/2023-03", 50.5e9, "USD")]),
    # A look back at the year before does not date the next sentence's figures.
    ("hi", "2024-05-20",
     "वित्त वर्ष 2023-24 में भारत-अमेरिका व्यापार 118.3 अरब डॉलर रहा, जबकि 2022-23 में यह 128.8 अरब डॉलर था। "
     "इस दौरान निर्यात 77.5 अरब डॉलर और आयात 40.8 अरब डॉलर रहा।",
     [("trade_turnover", {"IND", "USA"}, "2023-04/2024-03", 118.3e9, "USD"),
      ("trade_turnover", {"IND", "USA"}, "2022-04/2023-03", 128.8e9, "USD"),
      ("exports", {"IND", "USA"}, "2023-04/2024-03", 77.5e9, "USD"),
      ("imports", {"IND", "USA"}, "2023-04/2024-03", 40.8e9, "USD")]),
    ("tr", "2024-03-20",
     "Türkiye ile Almanya arasındaki ticaret hacmi 2023'te 2022'ye göre yüzde 7 azalarak 48 milyar dolardan "
     "44,6 milyar dolara geriledi.",
     [("growth_pct", {"TUR", "DEU"}, "2023", -7, "percent"),
      ("trade_turnover", {"TUR", "DEU"}, "2022", 48e9, "USD"),
      ("trade_turnover", {"TUR", "DEU"}, "2023", 44.6e9, "USD")]),
    ("de", "2024-03-20",
     "Im Jahr 2023 sank der Handel zwischen Deutschland und China auf 254 Milliarden Euro, ein Jahr zuvor "
     "waren es 298 Milliarden Euro.",
     [("trade_turnover", {"DEU", "CHN"}, "2023", 254e9, "EUR"),
      ("trade_turnover", {"DEU", "CHN"}, "2022", 298e9, "EUR")]),
    ("uk", "2024-03-20",
     "У 2023 році товарообіг України з Польщею становив 11 млрд доларів, роком раніше — 10 млрд доларів.",
     [("trade_turnover", {"UKR", "POL"}, "2023", 11e9, "USD"),
      ("trade_turnover", {"UKR", "POL"}, "2022", 10e9, "USD")]),
    ("kk", "2024-03-20",
     "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,4 млрд доллар болды, бір жыл бұрын "
     "4 млрд доллар еді.",
     [("trade_turnover", {"KAZ", "UZB"}, "2023", 4.4e9, "USD"),
      ("trade_turnover", {"KAZ", "UZB"}, "2022", 4e9, "USD")]),
    ("ar", "2024-03-20",
     "بلغ حجم التبادل التجاري بين مصر والسعودية في عام 2023 نحو 11 مليار دولار، مقابل 10 مليارات دولار في "
     "العام السابق.",
     [("trade_turnover", {"EGY", "SAU"}, "2023", 11e9, "USD"),
      ("trade_turnover", {"EGY", "SAU"}, "2022", 10e9, "USD")]),
    ("pl", "2024-03-20",
     "W 2023 r. obroty handlowe Polski z Niemcami spadły o 3 proc. w porównaniu z 2022 r. i wyniosły 160 mld "
     "euro wobec 165 mld euro rok wcześniej.",
     [("growth_pct", {"POL", "DEU"}, "2023", -3, "percent"),
      ("trade_turnover", {"POL", "DEU"}, "2023", 160e9, "EUR"),
      ("trade_turnover", {"POL", "DEU"}, "2022", 165e9, "EUR")]),
]

test_two_year_periods = table(check_figures, PERIODS)


# Who gives and who receives: the giver first; a given name written like a country's (Giorgia) is no
# party; a bank that guarantees and the one met are no giver.
GIVERS = [
    ("ar", "2025-03-20", "أعلنت رئيسة الوزراء الإيطالية جورجيا ميلوني عن تقديم 100 مليون يورو لتونس.",
     [("aid", "ITA", "TUN")]),
    ("hi", "2025-03-20",
     "इतालवी प्रधानमंत्री जॉर्जिया मेलोनी ने घोषणा की कि इटली ट्यूनीशिया को 10 करोड़ यूरो की सहायता देगा।",
     [("aid", "ITA", "TUN")]),
    ("tr", "2025-03-20",
     "Avrupa Komisyonu, Avrupa Yatırım Bankası'nın garantisiyle Mısır'a 1 milyar euro hibe verecek.",
     [("aid", "EC", "EGY")]),
    ("it", "2025-03-20",
     "L'Italia ha firmato con la Tunisia un accordo per un prestito di 50 milioni di euro al bilancio tunisino.",
     [("aid", "ITA", "TUN")]),
    ("de", "2025-03-20", "Deutschland sagt Syrien weitere 300 Millionen Euro zu.", [("aid", "DEU", "SYR")]),
    ("kk", "2025-03-20", "Қазақстан Ауғанстанға 5 миллион доллар гуманитарлық көмек бөлді.", [("aid", "KAZ", "AFG")]),
    ("it", "2024-03-18",
     "L'Unione europea fornirà all'Egitto un pacchetto da 7,4 miliardi di euro: 5 miliardi di euro in prestiti, "
     "1,8 miliardi di euro di investimenti e 600 milioni di euro in sovvenzioni.",
     [("aid", "EU", "EGY"), ("investment", "EU", "EGY")]),
]


def check_givers(lang: str, published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Every expected `(metric, giver, receiver)` is read, in that order, and no figure names another party."""
    check_directions(lang, published, text, expected)
    doc = extract(text, lang=lang, published=published)
    named = {c for _, g, r in expected for c in (g, r)}
    assert all({f.reporter, f.partner} <= named for f in doc.figures), [(f.reporter, f.partner) for f in doc.figures]


test_givers = table(check_givers, GIVERS)
