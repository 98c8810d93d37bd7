"""Officials in he: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    # A surname and the verb after it ("כ"ץ הורה"): the verb opens the next clause, no name.
    ("he", 'שר החוץ ישראל כ"ץ הורה להחזיר את השגריר לירושלים.',
     [("Israel Katz", "foreign minister", "ISR")]),
    # A city with a preposition written onto it ("בדבלין") after a role is where, no name.
    ("he", "ישראל החזירה את שגריריה בדבלין ובאוסלו להתייעצויות.", []),
    ("he", "שר החוץ הרוסי סרגיי לברוב נפגש עם שר החוץ האיראני, עבאס עראקצ'י.",
     [("Sergey Lavrov", "foreign minister", "RUS"), ("Seyed Abbas Araghchi", "foreign minister", "IRN")]),
    ("he", "ראש ממשלת ישראל בנימין נתניהו אמר כי ישראל תמשיך במגעים.",
     [("Benjamin Netanyahu", "prime minister", "ISR")]),
    ("he", "נשיא רוסיה ולדימיר פוטין הגיע לאנקרה.",
     [("Vladimir Putin", "president", "RUS")]),
    # A name with a gershayim, whose first name is a country's ("ישראל כ"ץ"); a ruler.
    ("he", 'שר החוץ ישראל כ"ץ אמר כי ישראל תמשיך במבצע.',
     [("Israel Katz", "foreign minister", "ISR")]),
    ("he", "שליט איחוד האמירויות מוחמד בן זאיד שוחח עם ראש הממשלה.",
     [("Mohammed bin Zayed Al Nahyan", "ruler", "ARE")]),
    # A minister of state for foreign affairs (no name of the clause after the role).
    ("he", "שרת המדינה לענייני חוץ של איחוד האמירויות ריים אל-השמי ביקרה בירושלים.",
     [("Reem bin Ibrahim al-HASHIMI", "minister of state", "ARE")]),
]


test_officials = table(check_officials, ROWS)
