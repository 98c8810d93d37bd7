"""A lender's board approving money, and a phone call with a request in it (made-up sentences).

- An IMF-type board that approves a loan, a tranche or its disbursement gives AID from the lender
  to the borrower (bg and pt from their lemmas, ar written out).
- An Indonesian phone call ("melakukan pembicaraan telepon", "menelepon", "bertelepon") is a call
  between the two sides, not a visit to the dateline's city; what one side asks in it is a REQUEST
  from that side.
"""

from __future__ import annotations

from legation.extract import extract

from tests.lang.table import table


def check_found(lang: str, text: str, expected: set[tuple[str, str | None, str, str]]) -> None:
    doc = extract(text, published="2024-05-10", lang=lang)
    assert {(e.type, e.mode, e.source.code, e.target.code) for e in doc.events} == expected


ROWS = [
    ("bg", "СОФИЯ, 10 май. Изпълнителният съвет на МВФ одобри заем от 1 милиард долара за Украйна.",
     {("AID", None, "IMF", "UKR")}),
    ("pt", "BRASÍLIA, 10 de maio. O conselho executivo do FMI aprovou um empréstimo de 1 bilhão de dólares à Argentina.",
     {("AID", None, "IMF", "ARG")}),
    ("ar", "القاهرة، 10 مايو. وافق المجلس التنفيذي لصندوق النقد الدولي على صرف شريحة بقيمة 820 مليون دولار لمصر.",
     {("AID", None, "IMF", "EGY")}),
    ("id", "JAKARTA, 10 Mei. Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Ukraina Volodymyr "
           "Zelensky, yang meminta Indonesia mendukung rencana perdamaian.",
     {("CONSULT", "phone", "IDN", "UKR"), ("REQUEST", None, "UKR", "IDN")}),
    ("id", "JAKARTA, 10 Mei. Presiden Prabowo Subianto bertelepon dengan Presiden Prancis Emmanuel Macron pada Jumat.",
     {("CONSULT", "phone", "IDN", "FRA")}),
]

test_approvals_and_calls = table(check_found, ROWS)
