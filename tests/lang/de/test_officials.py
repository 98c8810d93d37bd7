"""Officials in de: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("de", "Der Generaldirektor für bilaterale Beziehungen Belgiens, Lukas Maes, empfing am Montag den georgischen Botschafter.",
     [("Lukas Maes", "director-general for bilateral relations", "BEL")]),
    ("de", "Außenminister Johann Wadephul reiste am Montag nach Rom. Wadephuls Besuch dauerte zwei Tage.",
     [("Johann Wadephul", "foreign minister", "DEU")]),
    ("de", "BERLIN – Bundeskanzler Friedrich Merz empfing den kasachischen Präsidenten Kassym Tokajew.",
     [("Friedrich Merz", "chancellor", "DEU"), ("Kassym Tokajew", "president", "KAZ")]),
    ("de", "Bundeswirtschaftsminister Robert Habeck traf seinen kasachischen Amtskollegen Serik Schumangarin in Astana.",
     [("Robert Habeck", "economy minister", "DEU"), ("Serik Schumangarin", "counterpart", "KAZ")]),
    ("de", "Das Auswärtige Amt bestellte den russischen Geschäftsträger Andrej Sidorow ein.",
     [("Andrej Sidorow", "chargé d'affaires", "RUS")]),
    ("de", "Die polnische Verteidigungsministerin Anna Nowak sprach mit UN-Generalsekretär António Guterres.",
     [("Anna Nowak", "defence minister", "POL"), ("António Guterres", "secretary-general", "UN")]),
    ('de', 'Die Ministerin sprach mit ihrem peruanischen Amtskollegen Marcos Albuquerque über Kupfer.',
     [('Marcos Albuquerque', 'counterpart', 'PER')]),
    # A courtesy title before the name ("Frau") is no part of it.
    ("de", "Die Botschafterin, Frau Ada Quill, traf am Montag den Außenminister in Berlin.",
     [("Ada Quill", "ambassador", None)]),
    # People outside the state: a judge.
    ("de", 'Die Richterin Ada Quill verurteilte den Angeklagten in Berlin.',
     [('Ada Quill', 'judge', None)]),
]


test_officials = table(check_officials, ROWS)
