"""Officials in ka: (lang, text, expected people) rows.

Georgian is written without capitals, so a name is found after its role chain by the
mechanism for such scripts (stages/_uncased.py, ka's names.toml says cased = false); an official
the office-holders table knows gets its usual spelling ("Ararat Mirzoyan", not "Mirzoiani").
"""

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
