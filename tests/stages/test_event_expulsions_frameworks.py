"""Diplomats declared persona non grata, and negotiating frameworks blocked (made-up sentences).

- A diplomat "declared persona non grata" in the passive is expelled by the declaring state (the
  agent, else the dateline's country) from the diplomat's state: the passive does not turn the roles
  round, whether the agent stands between the auxiliary and the participle ("wurde von Deutschland
  zur Persona non grata erklärt"), the phrase is inverted (Greek) or in the present (Greek).
- A state that blocks another's negotiating framework or accession talks with the EU rejects that
  state, not the EU: the Union named after "with" is no target, and in Bulgarian a country after
  "на" ("of") owns the framework rather than being the place where it was blocked.
"""

from __future__ import annotations

from legation.extract import extract

from tests.lang.table import table


def check_found(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    doc = extract(text, published="2024-05-10", lang=lang)
    assert {(e.type, e.source.code, e.target.code) for e in doc.events} == expected


def _expel(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("SANCTION", source, target)}


PERSONA_NON_GRATA = [
    ("pl", "WARSZAWA, 10 maja. Rosyjski dyplomata został uznany przez Polskę za persona non grata.", _expel("POL", "RUS")),
    ("ru", "МИНСК, 10 мая. Литовский дипломат был объявлен персоной нон грата в Белоруссии.", _expel("BLR", "LTU")),
    ("ru", "МОСКВА, 10 мая. Литовский дипломат объявлен персоной нон грата, сообщил МИД России.", _expel("RUS", "LTU")),
    ("de", "BERLIN, 10. Mai. Ein russischer Diplomat wurde von Deutschland zur Persona non grata erklärt.", _expel("DEU", "RUS")),
    ("tr", "ANKARA, 10 Mayıs. Rus diplomat Türkiye tarafından istenmeyen kişi ilan edildi.", _expel("TUR", "RUS")),
    ("nl", "DEN HAAG, 10 mei. Een Russische diplomaat werd door Nederland tot persona non grata verklaard.", _expel("NLD", "RUS")),
    ("zh", "柏林，5月10日。一名俄罗斯外交官被宣布为不受欢迎的人。", _expel("DEU", "RUS")),
    ("ko", "서울, 5월 10일. 러시아 외교관이 한국 정부에 의해 기피인물로 지정됐다.", _expel("KOR", "RUS")),
    ("bg", "СОФИЯ, 10 май. Руски дипломат беше обявен от България за персона нон грата.", _expel("BGR", "RUS")),
    ("id", "JAKARTA, 10 Mei. Seorang diplomat Australia dinyatakan persona non grata oleh Indonesia.", _expel("IDN", "AUS")),
    ("fa", "تهران، ۱۰ مه. دیپلمات آلمانی از سوی ایران عنصر نامطلوب اعلام شد.", _expel("IRN", "DEU")),
    ("sr", "BEOGRAD, 10. maja. Hrvatski diplomata je proglašen za personu non grata u Srbiji.", _expel("SRB", "HRV")),
    ("sr", "БЕОГРАД, 10. маја. Србија је прогласила хрватског дипломату за персону нон грата.", _expel("SRB", "HRV")),
    ("hu", "BUDAPEST, május 10. Magyarország nemkívánatos személlyé nyilvánította az orosz diplomatát.", _expel("HUN", "RUS")),
    ("vi", "HÀ NỘI, 10/5. Một nhà ngoại giao Nga bị Việt Nam tuyên bố là người không được hoan nghênh.", _expel("VNM", "RUS")),
    ("el", "ΑΘΗΝΑ, 10 Μαΐου. Ανεπιθύμητα πρόσωπα κηρύχθηκαν δώδεκα Ρώσοι διπλωμάτες, ανακοίνωσε το ελληνικό "
           "υπουργείο Εξωτερικών.", _expel("GRC", "RUS")),
    ("el", "ΑΘΗΝΑ, 10 Μαΐου. Δώδεκα μέλη του διπλωματικού προσωπικού της Ρωσίας κηρύσσονται persona non grata, "
           "σε συντονισμό με τους εταίρους της ΕΕ.", _expel("GRC", "RUS")),
    ("el", "ΑΘΗΝΑ, 10 Μαΐου. Το υπουργείο Εξωτερικών κήρυξε ανεπιθύμητα πρόσωπα δώδεκα μέλη της ρωσικής πρεσβείας.",
     _expel("GRC", "RUS")),
]

test_persona_non_grata = table(check_found, PERSONA_NON_GRATA)


def _reject(source: str, target: str) -> set[tuple[str, str, str]]:
    return {("REJECT", source, target)}


FRAMEWORKS = [
    ("bg", "СОФИЯ, 10 май. България блокира преговорната рамка на Северна Македония с Европейския съюз.",
     _reject("BGR", "MKD")),
    ("bg", "СОФИЯ, 10 май. България блокира преговорната рамка на Северна Македония с ЕС.", _reject("BGR", "MKD")),
    ("ro", "BUCUREȘTI, 10 mai. România a blocat cadrul de negociere al Ucrainei cu Uniunea Europeană.",
     _reject("ROU", "UKR")),
    ("cs", "PRAHA, 10. května. Česko zablokovalo vyjednávací rámec Severní Makedonie s Evropskou unií.",
     _reject("CZE", "MKD")),
    ("pt", "LISBOA, 10 de maio. A Bulgária bloqueou o quadro negocial da Macedónia do Norte com a União Europeia.",
     _reject("BGR", "MKD")),
    ("en", "SOFIA, May 10. Bulgaria blocked North Macedonia's negotiating framework with the European Union.",
     _reject("BGR", "MKD")),
]

test_blocked_frameworks = table(check_found, FRAMEWORKS)
