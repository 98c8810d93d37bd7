"""German events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events

DEU = ("country", "DEU", ["Deutschland", "deutsche", "Berlin"])
BLR = ("country", "BLR", ["Belarus", "belarussische"])
POL = ("country", "POL", ["Polen"])
# The entities stage reads the foreign office as a mention of Germany.
FOREIGN_OFFICE = ("country", "DEU", ["Auswärtige Amt", "Auswärtigen Amt"])

ROWS = [
    ("de", "2024-10-24",
     "Das Auswärtige Amt bestellte am Dienstag den belarussischen Botschafter ein.",
     [FOREIGN_OFFICE, BLR], [("ACCUSE", "DEU", "BLR", "2024-10-22")]),
    # Verb-second order: the subject may follow the verb.
    ("de", "2024-10-24",
     "Am Mittwoch bestellte das Auswärtige Amt den belarussischen Botschafter ein.",
     [FOREIGN_OFFICE, BLR], [("ACCUSE", "DEU", "BLR", "2024-10-23")]),
    ("de", "2024-10-24",
     "Am Mittwoch bestellte Polen den belarussischen Botschafter ein.",
     [POL, BLR], [("ACCUSE", "POL", "BLR", "2024-10-23")]),
    ("de", "2024-10-24",
     "Deutschland und Polen unterzeichneten gestern ein Abkommen über Grenzkontrollen.",
     [DEU, POL], [("SUPPORT", "DEU", "POL", "2024-10-23")]),
    ("de", "2024-10-24",
     "Polen weist zwei belarussische Diplomaten aus.",
     [POL, BLR], [("SANCTION", "POL", "BLR", "2024-10-24")]),
    ("de", "2024-10-24",
     "Deutschland verurteilte am Montag die Festnahme in Belarus. Belarus wies die Kritik zurück.",
     [DEU, BLR], [("ACCUSE", "DEU", "BLR", "2024-10-21"), ("REJECT", "BLR", "DEU", "2024-10-21")]),
    ("de", "2024-10-24",
     "Die Ministerin wird nächste Woche nach Polen reisen und Warschau besuchen.",
     [POL], []),
    ("de", "2024-10-24",
     "Deutschland traf sich nicht mit Vertretern aus Belarus.",
     [DEU, BLR], []),
]


test_events = table(check_events, ROWS)


UKR = ("country", "UKR", ["Ukraine", "ukrainische"])
RUS = ("country", "RUS", ["Russland", "russische", "Moskau"])
HUN = ("country", "HUN", ["Ungarn", "ungarische"])
SCHOLZ = ("person", "DEU", ["Scholz"])
DUDA = ("person", "POL", ["Duda"])

MORE_ROWS = [
    ("de", "2024-10-24", "Scholz hat am Dienstag den polnischen Präsidenten Duda im Kanzleramt empfangen.",
     [SCHOLZ, DUDA, POL], [("CONSULT", "POL", "DEU", "2024-10-22")]),
    ("de", "2024-10-24", "Scholz sicherte Polen am Montag die volle Unterstützung Deutschlands zu.",
     [SCHOLZ, POL, DEU], [("SUPPORT", "DEU", "POL", "2024-10-21")]),
    ("de", "2024-10-24", "Moskau kündigte Gegenmaßnahmen an, nachdem Polen zwei russische Diplomaten ausgewiesen hatte.",
     [RUS, POL], [("THREATEN", "RUS", "POL", "2024-10-24"), ("SANCTION", "POL", "RUS", "2024-10-24")]),
    ("de", "2024-10-24", "Deutschland stellt der Ukraine weitere 30 Millionen Euro zur Verfügung.",
     [DEU, UKR], [("AID", "DEU", "UKR", "2024-10-24")]),
    ("de", "2024-10-24", "Polen hat am Mittwoch den ungarischen Botschafter einbestellt.",
     [POL, HUN], [("ACCUSE", "POL", "HUN", "2024-10-23")]),
    ("de", "2024-10-24", "Deutschland und Polen haben am Montag telefoniert.",
     [DEU, POL], [("CONSULT", "DEU", "POL", "2024-10-21")]),
    # Negatives: a plan, a negation, a background year.
    ("de", "2024-10-24", "Polen will im kommenden Jahr Sanktionen gegen Belarus verhängen.", [POL, BLR], []),
    ("de", "2024-10-24", "Ungarn hat keine Sanktionen gegen Russland verhängt.", [HUN, RUS], []),
    ("de", "2024-10-24", "Deutschland und Polen unterzeichneten bereits 2019 ein Abkommen.", [DEU, POL], []),
]


test_more_events = table(check_events, MORE_ROWS)


def test_institution_acts_for_its_country():
    """The foreign office is found by the entities stage; the events stage reads it as Germany."""
    from legation.extract import extract

    doc = extract("Das Auswärtige Amt bestellte am Dienstag den ungarischen Botschafter ein. "
                  "Anlass war eine Rede in Budapest.", published="2024-10-24", lang="de")
    keys = {(e.type, e.source.code, e.target.code, e.date) for e in doc.events}
    assert ("ACCUSE", "DEU", "HUN", "2024-10-22") in keys


# The whole pipeline: an invitation made during a phone call under a dateline has no venue,
# neither the dateline's city nor the place the guest is invited to.
INVITATIONS = [
    ("de", "2024-10-24",
     "BERLIN – Bundeskanzler Olaf Scholz telefonierte am Dienstag mit dem polnischen Präsidenten Andrzej Duda. "
     "Der polnische Präsident lud Scholz nach Warschau ein.",
     [("CONSULT", "DEU", "POL", "2024-10-22", None),
      ("AGREE", "POL", "DEU", "2024-10-22", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", INVITATIONS)
def test_invitation_during_a_call_has_no_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


# An impersonal promise to retaliate, placed in a capital: that capital's country threatens,
# the side that acted first is threatened; the capital speaks for its country and is no venue.
LTU_ = ("country", "LTU", ["Litauen"])
CHN_ = ("country", "CHN", ["chinesische"])
BEIJING_ = ("place", "Beijing:CHN:1816670", ["Peking"])


def test_impersonal_retaliation_from_a_capital():
    doc = check_events("de", "2024-10-24", "Litauen hat zwei chinesische Diplomaten ausgewiesen. In Peking hieß es, man werde reagieren.", [LTU_, CHN_, BEIJING_],
                       [("SANCTION", "LTU", "CHN", "2024-10-24"), ("THREATEN", "CHN", "LTU", "2024-10-24")])
    assert all(e.location is None for e in doc.events if e.type == "THREATEN")



# Unqualified national bodies act for the dateline's country (none without a dateline); passive
# demands come from the dateline's country; a genitive actor inside the object is the target;
# a response announced by a capital threatens the side that acted; a phone call has no venue.
DATELINE_ROWS = [
    ('de', '2024-10-24',
     'BERLIN – Das Außenministerium verurteilte am Dienstag den israelischen Luftangriff auf eine Schule in Gaza.',
     [('ACCUSE', 'DEU', 'ISR', '2024-10-22', 'Berlin')]),
    ('de', '2024-10-24',
     'BERLIN – Iran wurde aufgefordert, die festgehaltenen Seeleute freizulassen.',
     [('REQUEST', 'DEU', 'IRN', '2024-10-24', 'Berlin')]),
    ('de', '2024-10-24',
     'BRÜSSEL – Die EU beschloss neue Sanktionen gegen den Iran. Teheran kündigte eine harte Reaktion an.',
     [('SANCTION', 'EU', 'IRN', '2024-10-24', None), ('THREATEN', 'IRN', 'EU', '2024-10-24', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", DATELINE_ROWS)
def test_dateline_bodies_passive_demands_and_responses(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


ERDOGAN = ("person", "TUR", ["Erdoğan"])

# A second clause with a subject of its own is no act of the first clause's pair: Russia's
# criticism is not Germany's, nor the request Russia's.
CLAUSE_ROWS = [
    ("de", "2024-05-10", "Scholz drängte Erdoğan am Donnerstag zur Zustimmung, Russland kritisierte das Gespräch.",
     [SCHOLZ, ERDOGAN, RUS], [("REQUEST", "DEU", "TUR", "2024-05-09")]),
]

test_own_clause = table(check_events, CLAUSE_ROWS)


EU_ = ("org", "EU", ["EU"])
GEO_ = ("country", "GEO", ["Georgien"])
USA_ = ("country", "USA", ["USA"])

# An act its actor says it will do: a coercive one is a threat, a cooperative one an intent
# (plover.toml `promised`); one that a third party reports, or that only may happen, is none.
FUTURE_ROWS = [
    ("de", "2024-05-10", "Die EU wird neue Sanktionen gegen Russland verhängen.",
     [EU_, RUS], [("THREATEN", "EU", "RUS", "2024-05-10")]),
    ("de", "2024-05-10", "Die USA erklärten, Russland werde neue Sanktionen gegen Georgien verhängen.",
     [USA_, RUS, GEO_], []),
    ("de", "2024-05-10", "Russland könnte neue Sanktionen gegen Georgien verhängen.", [RUS, GEO_], []),
]

test_future = table(check_events, FUTURE_ROWS)
