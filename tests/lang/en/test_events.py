"""English events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events, run_events

JPN = ("country", "JPN", ["Japan", "Japanese"])
ITA = ("country", "ITA", ["Italy", "Italian"])
CHN = ("country", "CHN", ["China", "Chinese"])
UN = ("org", "UN", ["United Nations", "UN"])
ROME = ("place", "Rome:ITA:3169070", ["Rome"])

ROWS = [
    ("en", "2023-06-15",
     "ROME, June 14 – Japanese Foreign Minister Kenji Ota met Italian counterpart Lucia Ferri in Rome "
     "on Wednesday for the fifth round of strategic talks.",
     [JPN, ITA, ROME],
     [("CONSULT", "JPN", "ITA", "2023-06-14")]),
    ("en", "2023-06-15",
     "China expelled two Japanese diplomats on Monday and demanded an apology.",
     [CHN, JPN],
     [("SANCTION", "CHN", "JPN", "2023-06-12"), ("REQUEST", "CHN", "JPN", "2023-06-12")]),
    ("en", "2023-06-15",
     "The Japanese ambassador was summoned by China on Tuesday.",
     [CHN, JPN],
     [("ACCUSE", "CHN", "JPN", "2023-06-13")]),
    ("en", "2023-06-15",
     "Japan's minister did not meet his Chinese counterpart.", [CHN, JPN], []),
    ("en", "2023-06-15",
     "Italy's premier will visit Japan next month.", [ITA, JPN], [("AGREE", "ITA", "JPN", "2023-06-15")]),
    ("en", "2023-06-15",
     "China is Japan's largest trading partner, with trade rising 4% in 2022.", [CHN, JPN], []),
    ("en", "2023-06-15",
     "Since 2015, Italy has signed several accords with China.", [ITA, CHN], []),
]


test_events = table(check_events, ROWS)


def test_visit_record_carries_place_round_and_codes():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.location is not None and (event.location.name, event.location.country) == ("Rome", "ITA")
    assert (event.mode, event.source.code) == ("visit", "JPN")
    assert event.round == 5
    assert event.cameo == "042" and 0 <= event.confidence <= 1
    assert event.evidence is not None and event.evidence.sentence == 0


GBR = ("country", "GBR", ["Britain", "British"])
MDA = ("country", "MDA", ["Moldova", "Moldovan"])
KAZ = ("country", "KAZ", ["Kazakhstan", "Kazakh"])
UZB = ("country", "UZB", ["Uzbekistan", "Uzbek"])
TASHKENT_EN = ("place", "Tashkent:UZB:1512569", ["Tashkent"])
ASTANA_EN = ("place", "Astana:KAZ:1526273", ["Astana"])

MORE_ROWS = [
    ("en", "2023-06-15", "Britain pledged £12 million in energy assistance to Moldova on Tuesday.",
     [GBR, MDA], [("AID", "GBR", "MDA", "2023-06-13")]),
    ("en", "2023-06-15", "Italian Prime Minister Lucia Ferri hosted the Japanese premier in Rome on Monday.",
     [ITA, JPN, ROME], [("CONSULT", "JPN", "ITA", "2023-06-12")]),
    ("en", "2023-06-15", "China warned of countermeasures after Japan expelled two Chinese journalists on Monday.",
     [CHN, JPN], [("THREATEN", "CHN", "JPN", "2023-06-12"), ("SANCTION", "JPN", "CHN", "2023-06-12")]),
    ("en", "2023-06-15", "Japan called in the Chinese ambassador on Wednesday over the incident.",
     [CHN, JPN], [("ACCUSE", "JPN", "CHN", "2023-06-14")]),
    ("en", "2023-06-15", "The Italian and Japanese ministers held a phone call on Tuesday.",
     [ITA, JPN], [("CONSULT", "ITA", "JPN", "2023-06-13")]),
    ("en", "2023-06-15", "Italy urges Japan to release the fishing crew.",
     [ITA, JPN], [("REQUEST", "ITA", "JPN", "2023-06-15")]),
    ("en", "2023-06-15", "Japan rejects China's accusations as groundless.",
     [CHN, JPN], [("REJECT", "JPN", "CHN", "2023-06-15")]),
    # Negatives: a background year, a plan, no country named on one side.
    ("en", "2023-06-15", "Japan and Italy signed a similar memorandum in 2019.", [ITA, JPN], []),
    ("en", "2023-06-15", "Italy's minister is expected to meet Japanese officials later this year.", [ITA, JPN], []),
    ("en", "2023-06-15", "Japan has not imposed sanctions on China.", [CHN, JPN], []),
]


test_more_events = table(check_events, MORE_ROWS)


def test_agreement_is_located_at_the_meeting_not_at_the_planned_venue():
    text = ("The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Tuesday and agreed to hold "
            "the next round in Astana.")
    doc = run_events("en", "2023-06-15", text, [KAZ, UZB, TASHKENT_EN, ASTANA_EN])
    agree = next(e for e in doc.events if e.type == "AGREE")
    assert agree.location is not None and agree.location.name == "Tashkent"


def test_invitation_made_during_a_meeting_is_located_there():
    text = "Kazakhstan's president invited his Uzbek counterpart to come to Astana during their talks in Tashkent on Monday."
    doc = run_events("en", "2023-06-15", text, [KAZ, UZB, TASHKENT_EN, ASTANA_EN])
    agree = next(e for e in doc.events if e.type == "AGREE")
    assert agree.location is not None and agree.location.name == "Tashkent"


def test_host_verb_makes_the_guest_the_visitor():
    doc = run_events("en", "2023-06-15", "Italian Prime Minister Lucia Ferri hosted the Japanese premier in Rome on Monday.",
                     [ITA, JPN, ROME])
    (event,) = doc.events
    assert (event.source.code, event.target.code, event.mode) == ("JPN", "ITA", "visit")
    assert event.location is not None and event.location.name == "Rome"


# The whole pipeline: an invitation made during a phone call under a dateline has no venue,
# neither the dateline's city nor the place the guest is invited to.
INVITATIONS = [
    ("en", "2024-10-24",
     "WASHINGTON – US President Joe Biden spoke by phone on Tuesday with Polish President Andrzej Duda. "
     "Duda invited the US president to visit Warsaw.",
     [("CONSULT", "USA", "POL", "2024-10-22", None),
      ("AGREE", "POL", "USA", "2024-10-22", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", INVITATIONS)
def test_invitation_during_a_call_has_no_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


# An impersonal promise to retaliate, placed in a capital: that capital's country threatens,
# the side that acted first is threatened; the capital speaks for its country and is no venue.
EST_ = ("country", "EST", ["Estonia"])
RUS_ = ("country", "RUS", ["Russian"])
MOSCOW_ = ("place", "Moscow:RUS:524901", ["Moscow"])


def test_impersonal_retaliation_from_a_capital():
    doc = check_events("en", "2024-10-24", "Estonia expelled a Russian diplomat. In Moscow, officials promised to respond.", [EST_, RUS_, MOSCOW_],
                       [("SANCTION", "EST", "RUS", "2024-10-24"), ("THREATEN", "RUS", "EST", "2024-10-24")])
    assert all(e.location is None for e in doc.events if e.type == "THREATEN")



# Unqualified national bodies act for the dateline's country (none without a dateline); passive
# demands come from the dateline's country; a genitive actor inside the object is the target;
# a response announced by a capital threatens the side that acted; a phone call has no venue.
DATELINE_ROWS = [
    ('en', '2024-10-24',
     "MOSCOW – The Foreign Ministry on Tuesday condemned Israel's air strike on a hospital in Gaza.",
     [('ACCUSE', 'RUS', 'ISR', '2024-10-22', 'Moscow')]),
    ('en', '2024-10-24',
     "The Foreign Ministry on Tuesday condemned Israel's air strike on a hospital in Gaza.",
     []),
    ('en', '2024-10-24',
     "MOSCOW – The Turkish Foreign Ministry condemned Israel's air strike on a hospital.",
     [('ACCUSE', 'TUR', 'ISR', '2024-10-24', None)]),
    ('en', '2024-10-24',
     'LONDON – Iran was urged to release the detained sailors without delay.',
     [('REQUEST', 'GBR', 'IRN', '2024-10-24', 'London')]),
    ('en', '2024-10-24',
     'BRUSSELS – The EU adopted fresh sanctions against Iran. Tehran vowed a firm response.',
     [('SANCTION', 'EU', 'IRN', '2024-10-24', None), ('THREATEN', 'IRN', 'EU', '2024-10-24', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", DATELINE_ROWS)
def test_dateline_bodies_passive_demands_and_responses(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


POL = ("country", "POL", ["Poland", "Polish"])
UKR = ("country", "UKR", ["Ukraine", "Ukrainian"])

# A request to lift a ban: the one who asks is the source; the ban is what is asked about.
REQUEST_ROWS = [
    ("en", "2024-05-10", "Ukraine asked Poland on Thursday to lift the ban on grain imports.",
     [UKR, POL], [("REQUEST", "UKR", "POL", "2024-05-09")]),
]

test_requests = table(check_events, REQUEST_ROWS)
