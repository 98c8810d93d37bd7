"""Hosts, travelling parties, attendance lists and names that are no party (issue-16 kinds, made-up
sentences in many languages). The whole pipeline must find exactly these events: (type, source,
target, date), a consultation's pair unordered.

- The head of an organisation received by a host ("was received by", a feminine or gapped passive,
  "diterima oleh"), or in the host's capital: a visit of the organisation to the host.
- Two leaders who "travelled together" to a capital where they met its leader each visited the host,
  not one another; what "both" then assure the host of is each one's support.
- States listed as attending an act no one is named doing met the host (the country of the place),
  and did nothing to one another.
- Names of organisations with a country-like word ("Organization of American States") are the
  organisation; an adjective of Taiwan is Taiwan; "the presidency of the Council of Europe" and a
  plain "they talked about ..." name no party; "the Kingdom" alone is the kingdom named before.
- Candidate status granted to two states reaches both; a consensus reached with a junta's leader is
  an agreement; asking a state's military to stop the violence is a request.
"""

from __future__ import annotations

from typing import Any

from legation.extract import extract

from tests.lang.table import table


def _keys(events: Any) -> set[tuple[Any, ...]]:
    return {(t, frozenset((s, o)), d) if t == "CONSULT" else (t, s, o, d) for t, s, o, d in events}


def check_found(lang: str, published: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    doc = extract(text, published=published, lang=lang)
    assert _keys((e.type, e.source.code, e.target.code, e.date) for e in doc.events) == _keys(expected)


VISITS = [
    ("el", "2024-03-02",
     "Η πρόεδρος της Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν έγινε δεκτή την Παρασκευή στην Αθήνα από τον πρωθυπουργό Κυριάκο Μητσοτάκη.",
     [("CONSULT", "EC", "GRC", "2024-03-01")]),
    ("el", "2024-03-02",
     "Ο Γερμανός καγκελάριος Όλαφ Σολτς έγινε δεκτός την Παρασκευή στην Αθήνα από τον πρωθυπουργό Κυριάκο Μητσοτάκη.",
     [("CONSULT", "DEU", "GRC", "2024-03-01")]),
    ("el", "2024-03-02",
     "Η επικεφαλής του ΔΝΤ Κρισταλίνα Γκεοργκίεβα βρέθηκε την Παρασκευή στην Αθήνα, όπου παρέδωσε στον πρωθυπουργό Κυριάκο Μητσοτάκη την έκθεση.",
     [("CONSULT", "IMF", "GRC", "2024-03-01")]),
    ("cs", "2024-03-02",
     "Předsedkyně Evropské komise Ursula von der Leyenová byla v pátek v Praze přijata premiérem Petrem Fialou.",
     [("CONSULT", "EC", "CZE", "2024-03-01")]),
    ("cs", "2024-03-02",
     "Šéfka Evropské komise Ursula von der Leyenová se v pátek v Praze sešla s premiérem Petrem Fialou.",
     [("CONSULT", "EC", "CZE", "2024-03-01")]),
    ("id", "2024-03-02",
     "Sekretaris Jenderal PBB António Guterres diterima oleh Presiden Joko Widodo di Jakarta pada hari Jumat.",
     [("CONSULT", "UN", "IDN", "2024-03-01")]),
]

TRAVELLED_TOGETHER = [
    ("en", "2024-03-02",
     "The presidents of Poland and Lithuania travelled together to Kyiv on Friday, where they met President "
     "Volodymyr Zelensky. Both assured Zelensky of their continued support.",
     [("CONSULT", "POL", "UKR", "2024-03-01"), ("CONSULT", "LTU", "UKR", "2024-03-01"),
      ("SUPPORT", "POL", "UKR", "2024-03-01"), ("SUPPORT", "LTU", "UKR", "2024-03-01")]),
    ("ro", "2024-03-02",
     "Președintele Poloniei, Andrzej Duda, și președintele Lituaniei, Gitanas Nausėda, au călătorit împreună vineri "
     "la Kiev, unde s-au întâlnit cu președintele Volodimir Zelenski. Ambii l-au asigurat pe Zelenski de sprijinul "
     "lor continuu.",
     [("CONSULT", "POL", "UKR", "2024-03-01"), ("CONSULT", "LTU", "UKR", "2024-03-01"),
      ("SUPPORT", "POL", "UKR", "2024-03-01"), ("SUPPORT", "LTU", "UKR", "2024-03-01")]),
    ("pt", "2024-03-02",
     "Os presidentes da Polónia, Andrzej Duda, e da Lituânia, Gitanas Nausėda, viajaram juntos na sexta-feira para "
     "Kiev, onde se reuniram com o Presidente Volodymyr Zelensky. Ambos garantiram a Zelensky o seu apoio contínuo.",
     [("CONSULT", "POL", "UKR", "2024-03-01"), ("CONSULT", "LTU", "UKR", "2024-03-01"),
      ("SUPPORT", "POL", "UKR", "2024-03-01"), ("SUPPORT", "LTU", "UKR", "2024-03-01")]),
    ("it", "2024-03-02",
     "Il presidente polacco Andrzej Duda e il presidente lituano Gitanas Nausėda sono arrivati insieme venerdì a "
     "Kiev, dove hanno incontrato il presidente Volodymyr Zelensky. Entrambi hanno assicurato a Zelensky il loro "
     "continuo sostegno.",
     [("CONSULT", "POL", "UKR", "2024-03-01"), ("CONSULT", "LTU", "UKR", "2024-03-01"),
      ("SUPPORT", "POL", "UKR", "2024-03-01"), ("SUPPORT", "LTU", "UKR", "2024-03-01")]),
    ("cs", "2024-03-02",
     "Polský prezident Andrzej Duda a litevský prezident Gitanas Nausėda v pátek společně přicestovali do Kyjeva, "
     "kde se setkali s prezidentem Volodymyrem Zelenským.",
     [("CONSULT", "POL", "UKR", "2024-03-01"), ("CONSULT", "LTU", "UKR", "2024-03-01")]),
    ("pl", "2024-03-02",
     "Prezydent Polski Andrzej Duda i prezydent Litwy Gitanas Nausėda przyjechali w piątek razem do Kijowa, gdzie "
     "spotkali się z prezydentem Wołodymyrem Zełenskim.",
     [("CONSULT", "POL", "UKR", "2024-03-01"), ("CONSULT", "LTU", "UKR", "2024-03-01")]),
]

ATTENDED = [
    ("el", "2024-03-02",
     "Η συμφωνία υπεγράφη την Παρασκευή στην Αθήνα, παρουσία των πρωθυπουργών της Κύπρου, της Βουλγαρίας και της "
     "Ρουμανίας.",
     [("CONSULT", "CYP", "GRC", "2024-03-01"), ("CONSULT", "BGR", "GRC", "2024-03-01"),
      ("CONSULT", "ROU", "GRC", "2024-03-01")]),
    ("ar", "2024-03-02",
     "وقع الاتفاق يوم الجمعة في الرياض بحضور رؤساء وزراء مصر والأردن والعراق.",
     [("CONSULT", "EGY", "SAU", "2024-03-01"), ("CONSULT", "JOR", "SAU", "2024-03-01"),
      ("CONSULT", "IRQ", "SAU", "2024-03-01")]),
    ("pt", "2024-03-02",
     "O acordo foi assinado na sexta-feira em Luanda, numa cimeira que contou com a presença dos presidentes de "
     "Moçambique, Cabo Verde e Guiné-Bissau.",
     [("CONSULT", "MOZ", "AGO", "2024-03-01"), ("CONSULT", "CPV", "AGO", "2024-03-01"),
      ("CONSULT", "GNB", "AGO", "2024-03-01"), ("CONSULT", "MOZ", "CPV", "2024-03-01"),
      ("CONSULT", "MOZ", "GNB", "2024-03-01"), ("CONSULT", "CPV", "GNB", "2024-03-01")]),
]

NAMES = [
    ("en", "2024-03-02",
     "Brazil's president met the leaders of the Community of Latin American and Caribbean States in Buenos Aires "
     "on Friday. The Organization of American States condemned the violence.",
     [("CONSULT", "BRA", "CELAC", "2024-03-01")]),
    ("pt", "2024-03-02",
     "O presidente do Brasil reuniu-se na sexta-feira em Buenos Aires com os líderes da Comunidade de Estados "
     "Latino-Americanos e Caribenhos. A Organização dos Estados Americanos condenou a violência.",
     [("CONSULT", "BRA", "CELAC", "2024-03-01")]),
    ("ro", "2024-03-02", "Organizația Statelor Americane a condamnat vineri violențele din Venezuela.",
     [("ACCUSE", "OAS", "VEN", "2024-03-01")]),
    ("it", "2024-03-02", "L'Organizzazione degli Stati americani ha condannato venerdì le violenze in Venezuela.",
     [("ACCUSE", "OAS", "VEN", "2024-03-01")]),
    ("cs", "2024-03-02",
     "Český premiér Petr Fiala v pátek telefonicky hovořil s tchajwanským ministrem zahraničí.",
     [("CONSULT", "CZE", "TWN", "2024-03-01")]),
    ("pl", "2024-03-02", "Prezydent Polski rozmawiał w piątek telefonicznie z tajwańskim ministrem spraw zagranicznych.",
     [("CONSULT", "POL", "TWN", "2024-03-01")]),
    ("ru", "2024-03-02", "Президент Чехии в пятницу провел телефонный разговор с тайваньским президентом.",
     [("CONSULT", "CZE", "TWN", "2024-03-01")]),
    ("ar", "2024-03-02", "أجرى الرئيس التشيكي يوم الجمعة اتصالا هاتفيا مع الرئيسة التايوانية.",
     [("CONSULT", "CZE", "TWN", "2024-03-01")]),
    ("de", "2024-03-02", "Der tschechische Präsident telefonierte am Freitag mit der taiwanischen Präsidentin.",
     [("CONSULT", "CZE", "TWN", "2024-03-01")]),
    ("cs", "2024-03-02",
     "Rumunský prezident Klaus Iohannis dnes ve Vídni jednal s rakouským kancléřem Karlem Nehammerem. Hovořili o "
     "migraci a rakouském předsednictví Rady Evropy.",
     [("CONSULT", "ROU", "AUT", "2024-03-02")]),
    ("ar", "2024-03-02",
     "وصل وزير الخارجية الفرنسي إلى الرياض يوم الجمعة والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان. وأكدت "
     "المملكة دعمها للجهود الفرنسية في لبنان.",
     [("CONSULT", "FRA", "SAU", "2024-03-01"), ("SUPPORT", "SAU", "FRA", "2024-03-01")]),
    ("fr", "2024-03-02",
     "Le ministre français des Affaires étrangères est arrivé vendredi à Rabat, où il a rencontré son homologue "
     "marocain. Le Royaume a remercié la France pour son appui constant.",
     [("CONSULT", "FRA", "MAR", "2024-03-01"), ("SUPPORT", "MAR", "FRA", "2024-03-01")]),
    ("es", "2024-03-02",
     "El ministro francés de Exteriores llegó el viernes a Rabat, donde se reunió con su homólogo marroquí. El "
     "Reino agradeció el apoyo de Francia.",
     [("CONSULT", "FRA", "MAR", "2024-03-01"), ("SUPPORT", "MAR", "FRA", "2024-03-01")]),
    # No kingdom named before: "the Kingdom" is no one.
    ("ar", "2024-03-02", "أعلنت المملكة يوم الجمعة عن تقديم مساعدات إنسانية إلى السودان.", []),
]

_GRANTED = [("SUPPORT", "EUCO", "UKR", "2024-02-29"), ("SUPPORT", "EUCO", "MDA", "2024-02-29"),
            ("SUPPORT", "MDA", "EUCO", "2024-02-29")]
GRANTS = [
    ("ro", "2024-03-02",
     "Consiliul European a acordat joi statutul de țară candidată Ucrainei și Republicii Moldova. Președintele Maia "
     "Sandu a mulțumit Consiliului European pentru decizie.", _GRANTED),
    ("fr", "2024-03-02",
     "Le Conseil européen a accordé jeudi le statut de candidat à l'Ukraine et à la Moldavie. La présidente moldave "
     "Maia Sandu a remercié le Conseil européen.", _GRANTED),
    ("pt", "2024-03-02",
     "O Conselho Europeu concedeu na quinta-feira o estatuto de candidato à Ucrânia e à Moldávia. A Presidente "
     "moldava, Maia Sandu, agradeceu ao Conselho Europeu.", _GRANTED),
    ("de", "2024-03-02",
     "Der Europäische Rat hat der Ukraine und Moldau am Donnerstag den Kandidatenstatus verliehen. Die moldauische "
     "Präsidentin Maia Sandu dankte dem Europäischen Rat.", _GRANTED),
    ("uk", "2024-03-02",
     "Європейська рада у четвер надала Україні та Молдові статус кандидата. Президентка Молдови Мая Санду "
     "подякувала Європейській раді.", _GRANTED),
    ("ru", "2024-03-02",
     "Европейский совет в четверг предоставил Украине и Молдавии статус кандидата. Президент Молдавии Майя Санду "
     "поблагодарила Европейский совет.", _GRANTED),
    ("en", "2024-03-02",
     "ECOWAS leaders meeting in Abuja on Friday reached a consensus with Niger's junta leader General Abdourahamane "
     "Tiani on a transition timetable. ECOWAS asked the military of Niger to stop the violence.",
     [("AGREE", "ECOWAS", "NER", "2024-03-01"), ("REQUEST", "ECOWAS", "NER", "2024-03-01")]),
    ("pt", "2024-03-02", "A CEDEAO pediu aos militares do Níger que parassem a violência.",
     [("REQUEST", "ECOWAS", "NER", "2024-03-02")]),
    ("ro", "2024-03-02", "CEDEAO a cerut armatei din Niger să oprească violențele.",
     [("REQUEST", "ECOWAS", "NER", "2024-03-02")]),
    ("ar", "2024-03-02", "طلبت إيكواس من العسكريين في النيجر وقف العنف.",
     [("REQUEST", "ECOWAS", "NER", "2024-03-02")]),
]

test_an_organisation_head_visits_the_host = table(check_found, VISITS)
test_who_travelled_together_met_the_host = table(check_found, TRAVELLED_TOGETHER)
test_attendees_met_the_host = table(check_found, ATTENDED)
test_names_that_are_no_other_party = table(check_found, NAMES)
test_grants_reach_every_receiver = table(check_found, GRANTS)
