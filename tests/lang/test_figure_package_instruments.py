"""Aid packages made of parts of different instruments (own sentences, made up for these tests): a deposit in
a central bank beside oil or energy on deferred payment, grants beside loans of one payment. The parts and the
total are all read, whether the total comes first ("a total of ..., consisting of", "dont", "bunun", "内訳は")
or in the next sentence ("In total ..."), and a sum that does not add up is a `sum_mismatch` error naming the
numbers, not a "conflict" between two values of one package; the same package with parts that add up gives
no error and no conflict."""

from __future__ import annotations

from legation import extract

from .table import table
from .test_figure_corruption_kinds import PUB, check_corrupted

# Parts of 4 and 2.5 billion (6.5) beside a total of 5.5 billion.
PARTS_OVER = ((4e9, "USD", "4"), (2.5e9, "USD", "2"), (5.5e9, "USD", "5"))

CORRUPTED = [
    ("en", "Saudi Arabia will give Pakistan a total of 5.5 billion dollars, consisting of a 4 billion dollar deposit "
     "in the central bank and 2.5 billion dollars in deferred payment for oil imports.", "sum_mismatch", PARTS_OVER),
    ("en", "Saudi Arabia will deposit 4 billion dollars in Pakistan's central bank and provide 2.5 billion dollars of "
     "oil on deferred payment. In total the package is worth 5.5 billion dollars.", "sum_mismatch", PARTS_OVER),
    ("en", "The European Union approved a recovery payment of 4.2 billion euros for Ukraine, of which 1.5 billion "
     "euros in grants and 3.7 billion euros in loans.", "sum_mismatch",
     ((1.5e9, "EUR", "1.5 billion euros"), (3.7e9, "EUR", "3.7 billion euros"), (4.2e9, "EUR", "4.2 billion euros"))),
    ("ru", "Саудовская Аравия предоставит Пакистану в общей сложности 5,5 млрд долларов: депозит в центральном банке "
     "на 4 млрд долларов и отсрочку платежей за нефть на 2,5 млрд долларов.", "sum_mismatch", PARTS_OVER),
    ("tr", "Suudi Arabistan Pakistan'a toplam 5,5 milyar dolar sağlayacak; bunun 4 milyar doları merkez bankasına "
     "mevduat, 2,5 milyar doları ise ertelenmiş ödemeli petrol finansmanı olacak.", "sum_mismatch", PARTS_OVER),
    ("fr", "L'Arabie saoudite accordera au Pakistan au total 5,5 milliards de dollars, dont un dépôt de 4 milliards de "
     "dollars à la banque centrale et 2,5 milliards de dollars de financement pétrolier à paiement différé.",
     "sum_mismatch", PARTS_OVER),
    ("es", "Arabia Saudí concederá a Pakistán un total de 5.500 millones de dólares, que consisten en un depósito de "
     "4.000 millones de dólares en el banco central y 2.500 millones de dólares en financiación de petróleo con pago "
     "diferido.", "sum_mismatch", PARTS_OVER),
    ("ar", "ستقدم السعودية لباكستان ما مجموعه 5.5 مليار دولار، منها وديعة بقيمة 4 مليارات دولار في البنك المركزي "
     "و2.5 مليار دولار لتمويل واردات النفط بالدفع المؤجل.", "sum_mismatch", PARTS_OVER),
    ("ja", "サウジアラビアはパキスタンに総額55億ドルを支援する。内訳は中央銀行への預金40億ドルと石油の後払い25億ドル。",
     "sum_mismatch", PARTS_OVER),
]

CONSISTENT = [
    ("en", "Saudi Arabia will give Pakistan a total of 5.5 billion dollars, consisting of a 4 billion dollar deposit "
     "in the central bank and 1.5 billion dollars in deferred payment for oil imports."),
    ("en", "Saudi Arabia will deposit 4 billion dollars in Pakistan's central bank and provide 1.5 billion dollars of "
     "oil on deferred payment. In total the package is worth 5.5 billion dollars."),
    ("ru", "Саудовская Аравия предоставит Пакистану в общей сложности 5,5 млрд долларов: депозит в центральном банке "
     "на 4 млрд долларов и отсрочку платежей за нефть на 1,5 млрд долларов."),
    ("tr", "Suudi Arabistan Pakistan'a toplam 5,5 milyar dolar sağlayacak; bunun 4 milyar doları merkez bankasına "
     "mevduat, 1,5 milyar doları ise ertelenmiş ödemeli petrol finansmanı olacak."),
    ("fr", "L'Arabie saoudite accordera au Pakistan au total 5,5 milliards de dollars, dont un dépôt de 4 milliards de "
     "dollars à la banque centrale et 1,5 milliard de dollars de financement pétrolier à paiement différé."),
    ("es", "Arabia Saudí concederá a Pakistán un total de 5.500 millones de dólares, que consisten en un depósito de "
     "4.000 millones de dólares en el banco central y 1.500 millones de dólares en financiación de petróleo con pago "
     "diferido."),
    ("ar", "ستقدم السعودية لباكستان ما مجموعه 5.5 مليار دولار، منها وديعة بقيمة 4 مليارات دولار في البنك المركزي "
     "و1.5 مليار دولار لتمويل واردات النفط بالدفع المؤجل."),
    ("ja", "サウジアラビアはパキスタンに総額55億ドルを支援する。内訳は中央銀行への預金40億ドルと石油の後払い15億ドル。"),
]


def check_package_read(lang: str, text: str) -> None:
    """The package's three amounts are all aid of one pair, and neither an error nor a conflict is flagged."""
    doc = extract(text, lang=lang, published=PUB)
    aid = [f for f in doc.figures if f.metric == "aid"]
    assert len(aid) == 3 and len({(f.reporter, f.partner) for f in aid}) == 1, [f.to_dict() for f in doc.figures]
    assert not [f for f in doc.flags if f.severity == "error" or f.kind == "conflict"], \
        [(f.kind, f.message) for f in doc.flags]


test_package_sum_named = table(check_corrupted, CORRUPTED)
test_package_read_unflagged = table(check_package_read, CONSISTENT)
