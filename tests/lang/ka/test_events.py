"""Georgian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events

GEO = ("country", "GEO", ["საქართველოს", "საქართველო"])
ARM = ("country", "ARM", ["სომხეთში", "სომხეთის", "სომხეთი"])
RUS = ("country", "RUS", ["რუსეთის"])

ROWS = [
    ("ka", "2024-01-27", "საქართველოს პრემიერ-მინისტრი გუშინ ოფიციალური ვიზიტით იმყოფებოდა სომხეთში.",
     [GEO, ARM], [("CONSULT", "GEO", "ARM", "2024-01-26")]),
    ("ka", "2024-11-20", "რუსეთის ელჩი გუშინ საქართველოს საგარეო საქმეთა სამინისტროში დაიბარეს.",
     [RUS, GEO], [("ACCUSE", "GEO", "RUS", "2024-11-19")]),
    # A negation and a plan are no events.
    ("ka", "2024-11-20", "საქართველოს მინისტრი სომხეთის კოლეგას არ შეხვდა.", [GEO, ARM], []),
    ("ka", "2024-11-20", "სომხეთის პრემიერი საქართველოს დეკემბერში ეწვევა.", [ARM, GEO], []),
]


test_events = table(check_events, ROWS)
