"""Meetings of three or more parties: leaders who travel together each visit the host, and what
they then say is each one's; those listed as present at a ceremony are witnesses, not parties."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _found(text: str, published: str) -> set[tuple[str, str, str]]:
    doc = extract(text, published=published)
    found = {(e.type, e.source.code, e.target.code) for e in doc.events}
    # Talks are symmetric: either way round.
    return found | {(kind, b, a) for kind, a, b in found if kind == "CONSULT"}


# (text, published, expected among the events, never among them)
TOGETHER = [
    # The host named by its official's title after the verb (it, pt), before a final verb (tr).
    ("ROMA, 9 maggio 2024 – I leader di Spagna, Francia e Germania sono arrivati a Varsavia e hanno "
     "incontrato il presidente polacco. Insieme hanno sostenuto la candidatura della Polonia.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "DEU", "POL"),
      ("SUPPORT", "ESP", "POL"), ("SUPPORT", "FRA", "POL"), ("SUPPORT", "DEU", "POL")},
     {("CONSULT", "ESP", "FRA"), ("CONSULT", "FRA", "DEU"), ("CONSULT", "ESP", "DEU")}),
    ("Lisboa, 9 de maio de 2024 (Lusa) - Os líderes da Espanha, França e Itália chegaram a Varsóvia e "
     "reuniram-se com o presidente polaco. Os três manifestaram apoio à candidatura da Polónia.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL"),
      ("SUPPORT", "ESP", "POL"), ("SUPPORT", "FRA", "POL"), ("SUPPORT", "ITA", "POL")},
     {("CONSULT", "ESP", "FRA"), ("CONSULT", "FRA", "ITA")}),
    ("ANKARA, 9 Mayıs 2024 (AA) - İspanya, Fransa ve İtalya liderleri Varşova'ya gitti ve Polonya "
     "Cumhurbaşkanı ile görüştü.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL")},
     {("CONSULT", "ESP", "FRA"), ("CONSULT", "FRA", "ITA"), ("CONSULT", "ESP", "ITA")}),
    ("Praha 9. května 2024 (ČTK) - Lídři Španělska, Francie a Itálie přijeli do Varšavy a setkali se s "
     "polským prezidentem. Podpořili kandidaturu Polska.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL"),
      ("SUPPORT", "ESP", "POL"), ("SUPPORT", "FRA", "POL"), ("SUPPORT", "ITA", "POL")},
     set()),
    # Names only, travelling together: each visited the host, not one another.
    ("Berlin, 9. Mai 2024 - Sánchez, Macron und Meloni sind nach Warschau gereist und haben dort "
     "Gespräche geführt. Sie unterstützten die Kandidatur Polens.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL"),
      ("SUPPORT", "ESP", "POL"), ("SUPPORT", "FRA", "POL"), ("SUPPORT", "ITA", "POL")},
     {("CONSULT", "ESP", "FRA"), ("CONSULT", "FRA", "ITA"), ("CONSULT", "ESP", "ITA")}),
    ("İspanya, Fransa ve İtalya liderleri Varşova'da Duda ile görüştü.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL")},
     {("CONSULT", "ESP", "FRA"), ("CONSULT", "FRA", "ITA"), ("CONSULT", "ESP", "ITA")}),
    ("VARŞOVA (AA) - İspanya Başbakanı Pedro Sánchez, Fransa Cumhurbaşkanı Emmanuel Macron ve İtalya "
     "Başbakanı Giorgia Meloni, Varşova'da Polonya Cumhurbaşkanı Andrzej Duda ile bir araya geldi.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL")},
     {("CONSULT", "ESP", "FRA"), ("CONSULT", "FRA", "ITA"), ("CONSULT", "ESP", "ITA")}),
    # The host met in the next clause names only its own side; what the three then back is each one's.
    ("Warsawa (ANTARA) - Kanselir Jerman Olaf Scholz, Presiden Prancis Emmanuel Macron dan Perdana Menteri "
     "Italia Giorgia Meloni tiba di Warsawa pada Kamis dan bertemu Presiden Polandia Andrzej Duda. Ketiga "
     "pemimpin itu mendukung rencana pertahanan Polandia.", "2024-05-09",
     {("CONSULT", "DEU", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL"),
      ("SUPPORT", "DEU", "POL"), ("SUPPORT", "FRA", "POL"), ("SUPPORT", "ITA", "POL")},
     {("CONSULT", "DEU", "FRA")}),
    # Received together, in the passive, by a host the sentence names only by its title.
    ("Os presidentes de Angola, Moçambique e Cabo Verde chegaram a Lisboa e foram recebidos pelo "
     "Presidente da República.", "2024-05-09",
     {("CONSULT", "AGO", "PRT"), ("CONSULT", "MOZ", "PRT"), ("CONSULT", "CPV", "PRT")},
     {("CONSULT", "AGO", "MOZ"), ("CONSULT", "MOZ", "CPV"), ("CONSULT", "AGO", "CPV")}),
    # Arabic plural verbs of arriving and meeting.
    ("القاهرة، 9 مايو 2024 – وصل قادة إسبانيا وفرنسا وإيطاليا إلى وارسو والتقوا الرئيس البولندي.", "2024-05-09",
     {("CONSULT", "ESP", "POL"), ("CONSULT", "FRA", "POL"), ("CONSULT", "ITA", "POL")},
     {("CONSULT", "ESP", "FRA")}),
    ("The leaders of Spain, France and Italy arrived in Warsaw on Thursday and met Poland's president. "
     "Together they backed Poland's bid.", "2024-05-09",
     {("SUPPORT", "ESP", "POL"), ("SUPPORT", "FRA", "POL"), ("SUPPORT", "ITA", "POL")},
     {("CONSULT", "ESP", "FRA")}),
]

WITNESSES = [
    # Listed as present at a signing: each met the host at most, never one another.
    ("ROMA, 4 marzo 2024 - L'Italia e la Tunisia hanno firmato un accordo sui migranti. Alla cerimonia "
     "erano presenti anche i ministri di Malta, Grecia e Cipro.", "2024-03-04",
     {("SUPPORT", "ITA", "TUN")},
     {("CONSULT", "MLT", "GRC"), ("CONSULT", "GRC", "CYP"), ("CONSULT", "MLT", "CYP")}),
    ("ANKARA, 4 Mart 2024 (AA) - Türkiye ile Irak arasında su anlaşması imzalandı. Törene Katar, Kuveyt ve "
     "Ürdün bakanları da katıldı.", "2024-03-04",
     {("SUPPORT", "TUR", "IRQ")},
     {("CONSULT", "QAT", "KWT"), ("CONSULT", "KWT", "JOR"), ("CONSULT", "QAT", "JOR")}),
    ("Italy and Tunisia signed a migration agreement on Monday. Also attending the ceremony were the "
     "ministers of Malta, Greece and Cyprus.", "2024-03-04",
     {("SUPPORT", "ITA", "TUN")},
     {("CONSULT", "MLT", "GRC"), ("CONSULT", "GRC", "CYP"), ("CONSULT", "MLT", "CYP")}),
    # "In the presence of": the witnesses are no parties of what was signed.
    ("Praha 4. března 2024 (ČTK) - Česko a Rakousko podepsaly dohodu o dopravě za přítomnosti premiérů "
     "Slovenska a Maďarska.", "2024-03-04",
     {("SUPPORT", "CZE", "AUT")},
     {("SUPPORT", "CZE", "SVK"), ("SUPPORT", "AUT", "HUN"), ("CONSULT", "SVK", "HUN")}),
    ("Brasília, 4 de março de 2024 - O Brasil e o Chile assinaram um acordo de transporte na presença dos "
     "presidentes do Uruguai e do Paraguai.", "2024-03-04",
     {("SUPPORT", "BRA", "CHL")},
     {("SUPPORT", "BRA", "URY"), ("SUPPORT", "CHL", "PRY"), ("CONSULT", "URY", "PRY")}),
]


@pytest.mark.parametrize("text,published,wanted,unwanted", TOGETHER + WITNESSES)
def test_several_parties(text: str, published: str, wanted: set, unwanted: set) -> None:
    found = _found(text, published)
    assert wanted <= found, wanted - found
    assert not unwanted & found, unwanted & found
