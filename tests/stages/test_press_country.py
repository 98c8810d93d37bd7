"""Whose press a report is, in languages several states write: a bare "President of the Republic",
"the government" or "our country" acts for the country the agency, domain or dateline show."""

from __future__ import annotations

import pytest

from legation.extract import extract

# (text, published, url, expected (type, source, target) among the events)
ROWS = [
    # Greek: a Cypriot agency's report, with and without a dateline; a Greek agency's; no mark at all.
    ("ΛΕΥΚΩΣΙΑ, 14 Φεβρουαρίου 2024 (ΚΥΠΕ) - Ο Πρόεδρος της Δημοκρατίας συναντήθηκε σήμερα με τον "
     "Πρόεδρο της Αιγύπτου.", "2024-02-14", None, ("CONSULT", "EGY", "CYP")),
    ("Ο Πρόεδρος της Δημοκρατίας υποδέχθηκε σήμερα τον Πρωθυπουργό της Ιορδανίας στο Προεδρικό. (ΚΥΠΕ)",
     "2024-02-14", None, ("CONSULT", "JOR", "CYP")),
    ("Ο Πρόεδρος της Δημοκρατίας υποδέχθηκε σήμερα τον Πρωθυπουργό της Ιορδανίας.",
     "2024-02-14", "https://www.philenews.com.cy/eidiseis/1", ("CONSULT", "JOR", "CYP")),
    ("Ο Πρόεδρος της Δημοκρατίας υποδέχθηκε σήμερα τον Πρωθυπουργό της Ιορδανίας. (ΑΠΕ-ΜΠΕ)",
     "2024-02-14", None, ("CONSULT", "JOR", "GRC")),
    ("Ο Πρόεδρος της Δημοκρατίας υποδέχθηκε σήμερα τον Πρωθυπουργό της Ιορδανίας.",
     "2024-02-14", None, ("CONSULT", "JOR", "GRC")),
    # Portuguese: Brazil's and Portugal's agencies; Lusa from abroad still means Portugal's president.
    ("Brasília, 3 de março de 2024 (Agência Brasil) - O presidente da República recebeu hoje o "
     "primeiro-ministro da Espanha.", "2024-03-03", None, ("CONSULT", "ESP", "BRA")),
    ("Lisboa, 3 de março de 2024 (Lusa) - O Presidente da República recebeu hoje o Presidente de Cabo Verde.",
     "2024-03-03", None, ("CONSULT", "CPV", "PRT")),
    ("O Presidente da República recebeu hoje o primeiro-ministro de Marrocos.",
     "2024-03-03", "https://www.publico.pt/politica/1", ("CONSULT", "MAR", "PRT")),
    # Romanian: Moldova's agency and domain, Romania's agency.
    ("Chișinău, 8 aprilie 2024 (Moldpres) - Președintele Republicii a avut o întrevedere cu ministrul de "
     "externe al Poloniei.", "2024-04-08", None, ("CONSULT", "POL", "MDA")),
    ("Președintele Republicii a avut astăzi o întrevedere cu ministrul de externe al Poloniei.",
     "2024-04-08", "https://www.ipn.md/ro/1", ("CONSULT", "POL", "MDA")),
    ("Președintele Republicii a avut astăzi o întrevedere cu ministrul de externe al Poloniei. (Agerpres)",
     "2024-04-08", None, ("CONSULT", "POL", "ROU")),
    # Arabic: the agency says whose republic it is, with no dateline.
    ("استقبل رئيس الجمهورية اليوم رئيس وزراء اليونان. (أ ش أ)", "2024-05-06", None, ("CONSULT", "GRC", "EGY")),
    ("استقبل رئيس الجمهورية اليوم رئيس وزراء اليونان. (سانا)", "2024-05-06", None, ("CONSULT", "GRC", "SYR")),
    ("القاهرة، 6 مايو 2024 - استقبل رئيس الجمهورية اليوم رئيس وزراء اليونان.", "2024-05-06", None,
     ("CONSULT", "GRC", "EGY")),
    # German: Austria's and Switzerland's agencies and domains.
    ("Wien, 6. Mai 2024 (APA) - Der Bundespräsident hat am Montag den Präsidenten Sloweniens empfangen.",
     "2024-05-06", None, ("CONSULT", "SVN", "AUT")),
    ("Das Außenministerium hat am Montag den Botschafter Russlands einbestellt.",
     "2024-05-06", "https://www.derstandard.at/story/1", ("ACCUSE", "AUT", "RUS")),
    ("Das Außenministerium hat am Montag den Botschafter Russlands einbestellt. (sda)",
     "2024-05-06", None, ("ACCUSE", "CHE", "RUS")),
]


@pytest.mark.parametrize("text,published,url,expected", ROWS)
def test_press_country_acts(text: str, published: str, url: str | None, expected: tuple[str, str, str]) -> None:
    doc = extract(text, published=published, url=url)
    found = {(e.type, e.source.code, e.target.code) for e in doc.events}
    if expected[0] == "CONSULT":      # talks are symmetric: either way round
        found |= {(kind, b, a) for kind, a, b in found if kind == "CONSULT"}
    assert expected in found, found


def test_foreign_domain_is_no_press() -> None:
    # A site on a domain of a country that does not write the language says nothing of whose it is.
    doc = extract("Ο Πρόεδρος της Δημοκρατίας υποδέχθηκε σήμερα τον Πρωθυπουργό της Ιορδανίας.",
                  published="2024-02-14", url="https://news.example.io/1")
    assert {(e.source.code, e.target.code) for e in doc.events} == {("JOR", "GRC")}
