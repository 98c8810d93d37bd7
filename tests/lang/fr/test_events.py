"""French events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events, run_events

FRA = ("country", "FRA", ["France", "français"])
MAR = ("country", "MAR", ["Maroc", "marocain"])
ALG = ("country", "DZA", ["Algérie", "algérien"])
PARIS = ("place", "Paris:FRA:2988507", ["Paris"])

ROWS = [
    ("fr", "2024-10-24",
     "PARIS, 23 octobre – Le ministre français s'est entretenu mercredi à Paris avec son homologue marocain.",
     [FRA, MAR, PARIS], [("CONSULT", "FRA", "MAR", "2024-10-23")]),
    ("fr", "2024-10-24",
     "L'Algérie a convoqué l'ambassadeur de France ce mardi.",
     [ALG, FRA], [("ACCUSE", "DZA", "FRA", "2024-10-22")]),
    ("fr", "2024-10-24",
     "La France a exigé la libération de ses ressortissants détenus en Algérie.",
     [FRA, ALG], [("REQUEST", "FRA", "DZA", "2024-10-24")]),
    ("fr", "2024-10-24",
     "La France va verser une aide humanitaire de deux millions d'euros au Maroc, a annoncé mardi le ministre.",
     [FRA, MAR], [("AID", "FRA", "MAR", "2024-10-22")]),
    ("fr", "2024-10-24",
     "Le ministre marocain se rendra en France la semaine prochaine.",
     [MAR, FRA], [("AGREE", "MAR", "FRA", "2024-10-24")]),
    ("fr", "2024-10-24",
     "La France n'a pas signé l'accord avec le Maroc.",
     [FRA, MAR], []),
]


test_events = table(check_events, ROWS)


def test_host_country_place_makes_a_visit():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert (event.mode, event.source.code, event.target.code) == ("visit", "MAR", "FRA")
    assert event.location is not None and event.location.name == "Paris"


ARM = ("country", "ARM", ["Arménie", "arménien"])
RUS = ("country", "RUS", ["Russie", "russes", "Moscou"])
IRN = ("country", "IRN", ["Iran", "iranien"])

MORE_ROWS = [
    # Aid France says it is going to give is an intent (CAMEO 033); announced, as above, it is aid.
    ("fr", "2024-10-24", "La France va verser une aide humanitaire de 3 millions d'euros à l'Arménie.",
     [FRA, ARM], [("AGREE", "FRA", "ARM", "2024-10-24")]),
    ("fr", "2024-10-24", "Moscou menace de riposter après l'expulsion de deux diplomates russes par la France.",
     [RUS, FRA], [("THREATEN", "RUS", "FRA", "2024-10-24"), ("SANCTION", "FRA", "RUS", "2024-10-24")]),
    ("fr", "2024-10-24", "Le Maroc et l'Algérie ont signé mardi un accord sur la pêche.",
     [MAR, ALG], [("SUPPORT", "MAR", "DZA", "2024-10-22")]),
    ("fr", "2024-10-24", "La France condamne fermement l'arrestation du journaliste par l'Iran.",
     [FRA, IRN], [("ACCUSE", "FRA", "IRN", "2024-10-24")]),
    # Negatives: negation, a background year.
    ("fr", "2024-10-24", "La France n'a pas expulsé de diplomates iraniens.", [FRA, IRN], []),
    ("fr", "2024-10-24", "Le Maroc et la France ont signé un accord similaire en 2018.", [MAR, FRA], []),
]


test_more_events = table(check_events, MORE_ROWS)


# The whole pipeline: an invitation made during a phone call under a dateline has no venue,
# neither the dateline's city nor the place the guest is invited to.
INVITATIONS = [
    ("fr", "2024-10-24",
     "PARIS – Le président français Emmanuel Macron s'est entretenu mardi par téléphone avec le président kazakh Kassym-Jomart Tokaïev. "
     "Tokaïev a invité le président français à se rendre à Astana.",
     [("CONSULT", "FRA", "KAZ", "2024-10-22", None),
      ("AGREE", "KAZ", "FRA", "2024-10-22", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", INVITATIONS)
def test_invitation_during_a_call_has_no_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


# An impersonal promise to retaliate, placed in a capital: that capital's country threatens,
# the side that acted first is threatened; the capital speaks for its country and is no venue.
BEL_ = ("country", "BEL", ["Belgique"])
RUS_ = ("country", "RUS", ["russe"])
MOSCOW_ = ("place", "Moscow:RUS:524901", ["Moscou"])


def test_impersonal_retaliation_from_a_capital():
    doc = check_events("fr", "2024-10-24", "La Belgique a expulsé un diplomate russe. À Moscou, on a promis de riposter.", [BEL_, RUS_, MOSCOW_],
                       [("SANCTION", "BEL", "RUS", "2024-10-24"), ("THREATEN", "RUS", "BEL", "2024-10-24")])
    assert all(e.location is None for e in doc.events if e.type == "THREATEN")



# Unqualified national bodies act for the dateline's country (none without a dateline); passive
# demands come from the dateline's country; a genitive actor inside the object is the target;
# a response announced by a capital threatens the side that acted; a phone call has no venue.
DATELINE_ROWS = [
    ('fr', '2024-10-24',
     'PARIS – Le ministère des Affaires étrangères a condamné mardi la frappe israélienne contre un hôpital à Gaza.',
     [('ACCUSE', 'FRA', 'ISR', '2024-10-22', 'Paris')]),
    ('fr', '2024-10-24',
     "PARIS – L'Iran a été appelé à libérer les marins détenus.",
     [('REQUEST', 'FRA', 'IRN', '2024-10-24', 'Paris')]),
]


@pytest.mark.parametrize("lang,published,text,expected", DATELINE_ROWS)
def test_dateline_bodies_passive_demands_and_responses(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


UKR = ("country", "UKR", ["Ukraine"])
MACRON = ("person", "FRA", ["Emmanuel Macron"])
SCHOLZ = ("person", "DEU", ["Olaf Scholz"])

# Two leaders' support for a third country: "à" marks whom they support, not where they are.
SUPPORT_ROWS = [
    ("fr", "2024-05-10", "Emmanuel Macron et Olaf Scholz ont réaffirmé jeudi leur soutien à l'Ukraine.",
     [MACRON, SCHOLZ, UKR], [("SUPPORT", "FRA", "UKR", "2024-05-09"), ("SUPPORT", "DEU", "UKR", "2024-05-09")]),
    # Signed in a third country: the place is no party.
    ("fr", "2024-05-10", "La France et le Maroc ont signé jeudi un accord en Algérie.",
     [FRA, MAR, ALG], [("SUPPORT", "FRA", "MAR", "2024-05-09")]),
]

test_support = table(check_events, SUPPORT_ROWS)


EU_ = ("org", "EU", ["Union européenne"])
GEO_ = ("country", "GEO", ["Géorgie"])
TUR_ = ("country", "TUR", ["Turquie"])
SYR_ = ("country", "SYR", ["Syrie"])

# An act its actor says it will do: a coercive one is a threat, a cooperative one an intent, and
# a cooperative one made on a condition a threat (plover.toml `promised`); a possibility is none.
FUTURE_ROWS = [
    ("fr", "2024-05-10", "La Russie va lever les sanctions contre la Géorgie.",
     [RUS, GEO_], [("AGREE", "RUS", "GEO", "2024-05-10")]),
    ("fr", "2024-05-10", "L'Union européenne va imposer des sanctions contre la Russie.",
     [EU_, RUS], [("THREATEN", "EU", "RUS", "2024-05-10")]),
    ("fr", "2024-05-10", "La Turquie va retirer ses troupes de Syrie, à moins que les Kurdes ne déposent les armes.",
     [TUR_, SYR_], [("THREATEN", "TUR", "SYR", "2024-05-10")]),
    ("fr", "2024-05-10", "La Russie a levé les sanctions contre la Géorgie.",
     [RUS, GEO_], [("RETREAT", "RUS", "GEO", "2024-05-10")]),
    ("fr", "2024-05-10", "La Russie pourrait lever les sanctions contre la Géorgie.", [RUS, GEO_], []),
]

test_future = table(check_events, FUTURE_ROWS)
