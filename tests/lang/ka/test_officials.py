"""Officials in ka: (lang, text, expected people) rows.

Georgian is written without capitals, so a name is found after its role chain by the
mechanism for such scripts (stages/_uncased.py, ka's names.toml says cased = false); an official
the office-holders table knows gets its usual spelling ("Ararat Mirzoyan", not "Mirzoiani").
"""

from legation.extract import extract

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ka", "საქართველოს პრემიერ-მინისტრი ირაკლი კობახიძე ბრიუსელში ჩავიდა.",
     [("Irakli Kobakhidze", "prime minister", "GEO")]),
    ("ka", "სომხეთის საგარეო საქმეთა მინისტრი არარატ მირზოიანი თბილისს ეწვია.",
     [("Ararat Mirzoyan", "foreign minister", "ARM")]),
    # A role in the genitive is followed by what is its, not by a name; a verb ends a name.
    ("ka", "პრეზიდენტის ადმინისტრაცია აპროტესტებს კანონს.", []),
    ("ka", "აშშ-ის სახელმწიფო დეპარტამენტის სპიკერი მეთიუ მილერი აცხადებს, რომ ვაშინგტონი შეშფოთებულია.",
     [("Metiu Mileri", "speaker", "USA")]),
]


test_officials = table(check_officials, ROWS)


def test_a_city_after_a_role_is_no_one_the_table_only_sounds_like():
    # Dated, the office-holders table is asked: a city's name ("ბათუმი", "თბილისი") after a role
    # sounds like no holder's name enough to be one.
    for text in ("აშშ-ის ელჩი ბათუმი ეწვია და ადგილობრივ ხელისუფლებას შეხვდა.",
                 "პრეზიდენტმა თბილისი დატოვა და ბაქოში გაემგზავრა."):
        doc = extract(text, lang="ka", published="2025-06-03")
        assert [e.name for e in doc.entities if e.kind == "person"] == []
