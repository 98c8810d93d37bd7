"""English officials: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("en", "The Belgian director-general for bilateral relations, Anna Peeters, met the Georgian ambassador in Brussels on Monday.",
     [("Anna Peeters", "director-general for bilateral relations", "BEL")]),
    ("en", "Turkish Foreign Minister Hakan Fidan met Secretary of State Marco Rubio on Friday.",
     [("Hakan Fidan", "foreign minister", "TUR"), ("Marco Rubio", "secretary of state", "USA")]),
    ("en", "Talks were led by Mukhtar Tileuberdi, the Kazakh foreign minister. Tileuberdi's aides agreed.",
     [("Mukhtar Tleuberdi", "foreign minister", "KAZ")]),
    ("en", "Russian Ambassador to Germany Sergei Nechaev was summoned.",
     [("Sergey Yuryevitch Nechayev", "ambassador", "RUS")]),
    ("en", "The report was praised by Minister Jane Doe at a conference.",
     [("Jane Doe", "minister", None)]),
    # Two officials in one sentence, each with their own country and portfolio.
    ("en", "Ukrainian Deputy Prime Minister Olha Stefanishyna and Danish Energy Minister Lars Aagaard signed the memorandum.",
     [("Olha Stefanishyna", "deputy prime minister", "UKR"), ("Lars Aagaard", "energy minister", "DNK")]),
    # An organisation's official serves the organisation.
    ("en", "NATO Secretary General Mark Rutte visited Vilnius, where he met the Lithuanian defence minister Dovile Sakaliene.",
     [("Mark Rutte", "secretary-general", "NATO"), ("Dovile Sakaliene", "defence minister", "LTU")]),
    ("en", "Speaking after talks with his Estonian counterpart, Margus Tsahkna, the minister praised the agreement.",
     [("Margus Tsahkna", "counterpart", "EST")]),
    ("en", "Kazakhstan's Ambassador Extraordinary and Plenipotentiary to Japan Yerlan Baudarbek-Kozhatayev presented his credentials.",
     [("Yerlan Baudarbek-Kozhatayev", "ambassador", "KAZ")]),
    ("en", "France's chargé d'affaires Jean Lemaire was summoned. Lemaire declined to comment.",
     [("Jean Lemaire", "chargé d'affaires", "FRA")]),
    # A counterpart is the other side: no fallback to the dateline's country.
    ("en", "ASTANA - The minister welcomed his counterpart Pieter Vos at the airport.",
     [("Pieter Vos", "counterpart", None)]),
    ('en', 'Wang Tao held talks with his Chilean counterpart Marcos Albuquerque in Santiago.',
     [('Marcos Albuquerque', 'counterpart', 'CHL')]),
    ('en', 'Senegalese President Amadou Ndiaye, on a three-day tour of the Gulf, met investors.',
     [('Amadou Ndiaye', 'president', 'SEN')]),
    # People named by a descriptor that is no office, and an agency between a demonym and a spokesman.
    ('en', 'Saudi blogger Raif Badawi walked free after serving a ten-year sentence.',
     [('Raif Badawi', 'blogger', 'SAU')]),
    ('en', 'Belarusian human rights activist Ales Bialiatski shared the Nobel Peace Prize.',
     [('Ales Bialiatski', 'activist', 'BLR')]),
    ('en', 'Ukrainian military intelligence spokesman Andriy Yusov said the drills were a bluff.',
     [('Andriy Yusov', 'spokesperson', 'UKR')]),
    # A first name that is a country's name ("Israel Katz").
    ('en', 'Foreign Minister Israel Katz said Israel would press on.',
     [('Israel Katz', 'foreign minister', 'ISR')]),
    # A role after the name with an article ("Raif Badawi, a Saudi blogger").
    ('en', 'Raif Badawi, a Saudi blogger, was sentenced to ten years in prison.',
     [('Raif Badawi', 'blogger', 'SAU')]),
    # A courtesy title before the name ("Mrs") is no part of it.
    ("en", "The ambassador, Mrs Ada Quill, met the foreign minister in London on Monday.",
     [("Ada Quill", "ambassador", None)]),
    # People outside the state: a judge.
    ("en", 'The judge, Ada Quill, ordered the release of the two activists in London on Monday.',
     [('Ada Quill', 'judge', None)]),
]


test_officials = table(check_officials, ROWS)
