"""Test-only templates: one consistent trade report per language, written for these tests.

Placeholders: {A} {B} country names, {year} {prev} years, {T} turnover, {E} exports,
{I} imports, {B0} base turnover (all in millions), {G} growth in percent (absolute),
{UP} a rise or a fall word chosen by the sign of the growth.
"""

from __future__ import annotations

import datetime as dt

import re
from dataclasses import dataclass

from legation.document import Document, Entity, Mention, Source
from legation.pipeline import registered
from legation.settings import DEFAULT


@dataclass(frozen=True)
class Template:
    lang: str
    a: tuple[str, str]           # (code, name as written)
    b: tuple[str, str]
    text: str
    up: tuple[str, str]          # (rise word, fall word)
    decimal: str
    group: str

    def money(self, millions: float) -> str:
        whole, frac = f"{millions:,.1f}".split(".")
        return whole.replace(",", self.group) + self.decimal + frac

    def pct(self, value: float) -> str:
        return f"{value:.1f}".replace(".", self.decimal)


def _az_year(year: int) -> str:
    # Vowel harmony of the ordinal suffix follows the last digit.
    if year % 10:
        suffix = {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[year % 10]
    else:
        suffix = {1: "cu", 2: "ci", 0: "ci"}[year // 10 % 10 % 3]   # 2010-cu, 2020-ci, 2000-ci
    return f"{year}-{suffix}"


TEMPLATES = [
    Template("en", ("ARM", "Armenia"), ("IRN", "Iran"),
             "In {year}, trade between {A} and {B} reached ${T} million, {UP} {G}% from ${B0} million in {prev}. "
             "Exports came to ${E} million and imports to ${I} million.",
             ("up", "down"), ".", ","),
    Template("ru", ("ARM", "Армения"), ("IRN", "Иран"),
             "В {year} году товарооборот между странами {A} и {B} составил {T} млн долларов, {UP} на {G}% "
             "по сравнению с {prev} годом ({B0} млн долларов). Экспорт составил {E} млн долларов, импорт — {I} млн долларов.",
             ("увеличившись", "сократившись"), ",", " "),
    Template("az", ("GEO", "Gürcüstan"), ("UZB", "Özbəkistan"),
             "{AZYEAR} ildə {A} ilə {B} arasında ticarət dövriyyəsi {AZPREV} illə müqayisədə ({B0} milyon dollar) "
             "{G} faiz {UP} {T} milyon dollar təşkil edib. İxrac {E} milyon dollar, idxal isə {I} milyon dollar olub.",
             ("artaraq", "azalaraq"), ",", " "),
    Template("tr", ("GEO", "Gürcistan"), ("UZB", "Özbekistan"),
             "{A} ile {B} arasındaki ticaret hacmi {year} yılında {T} milyon dolar oldu ve {prev} yılındaki "
             "{B0} milyon dolara kıyasla yüzde {G} {UP}. İhracat {E} milyon dolar, ithalat {I} milyon dolar oldu.",
             ("arttı", "azaldı"), ",", "."),
    Template("kk", ("KAZ", "Қазақстан"), ("CHN", "Қытай"),
             "{year} жылы {A} мен {B} арасындағы тауар айналымы {T} млн долларды құрады. "
             "Экспорт {E} млн доллар, импорт {I} млн доллар болды.",
             ("өсті", "төмендеді"), ",", " "),
    Template("de", ("DEU", "Deutschland"), ("KAZ", "Kasachstan"),
             "Im Jahr {year} erreichte das Handelsvolumen zwischen {A} und {B} {T} Mio. Euro. "
             "Die Exporte beliefen sich auf {E} Mio. Euro, die Importe auf {I} Mio. Euro.",
             ("stieg", "sank"), ",", "."),
    Template("fr", ("FRA", "France"), ("MAR", "Maroc"),
             "En {year}, les échanges commerciaux entre la {A} et le {B} ont atteint {T} millions d'euros. "
             "Les exportations se sont élevées à {E} millions d'euros et les importations à {I} millions d'euros.",
             ("augmenté", "baissé"), ",", " "),
]


def render(t: Template, year: int, total: float, exports: float, imports: float, base: float,
           growth: float) -> tuple[str, list[tuple[str, str, int]]]:
    """The report's text and where each country is named: [(code, name, offset)]."""
    values = {
        "year": str(year), "prev": str(year - 1), "AZYEAR": _az_year(year), "AZPREV": _az_year(year - 1),
        "T": t.money(total), "E": t.money(exports), "I": t.money(imports), "B0": t.money(base),
        "G": t.pct(abs(growth)), "UP": t.up[0] if growth >= 0 else t.up[1],
    }
    return fill(t, values)


def fill(t: Template, values: dict[str, str]) -> tuple[str, list[tuple[str, str, int]]]:
    """`t.text` with every placeholder replaced: {A} and {B} by the country names, the rest from `values`."""
    out, names, pos = [], [], 0
    for m in re.finditer(r"\{(\w+)\}", t.text):
        out.append(t.text[pos:m.start()])
        key = m.group(1)
        if key in ("A", "B"):
            code, name = t.a if key == "A" else t.b
            names.append((code, name, sum(len(x) for x in out)))
            out.append(name)
        else:
            out.append(values[key])
        pos = m.end()
    out.append(t.text[pos:])
    return "".join(out), names


def document(t: Template, text: str, names: list[tuple[str, str, int]], published: str) -> Document:
    """A Document with sentences from the real sentence stage and the countries where they are named."""
    doc = Document(raw=text, text=text, lang=t.lang, lang_confidence=1.0, source=Source(published=dt.date.fromisoformat(published)))
    doc = registered()["sentences"].fn(doc, DEFAULT)
    for i, (code, name, offset) in enumerate(names, 1):
        doc.entities.append(Entity(id=f"e{i}", kind="country", name=name, code=code,
                                   mentions=[Mention(offset, offset + len(name), name)]))
    return doc


# "Compared with the previous year" in every language: the base year's value is never stated.
# Placeholders: {year}, {T} turnover in millions, {G} growth in percent.
PREVIOUS_YEAR = [
    Template("en", ("CHL", "Chile"), ("PER", "Peru"),
             "Trade between {A} and {B} reached ${T} million in {year}. The ministers also discussed transport. "
             "Trade was up {G}% compared with the previous year.", ("up", "down"), ".", ","),
    Template("en", ("CHL", "Chile"), ("PER", "Peru"),
             "Trade between {A} and {B} rose {G}% year on year to ${T} million in {year}.", ("up", "down"), ".", ","),
    Template("ru", ("KAZ", "Казахстан"), ("UZB", "Узбекистан"),
             "В {year} году товарооборот между странами {A} и {B} составил {T} млн долларов, увеличившись на {G}% "
             "по сравнению с прошлым годом.", ("", ""), ",", " "),
    Template("az", ("AZE", "Azərbaycan"), ("GEO", "Gürcüstan"),
             "{AZYEAR} ildə {A} ilə {B} arasında ticarət dövriyyəsi ötən illə müqayisədə {G} faiz artaraq "
             "{T} milyon dollar təşkil edib.", ("", ""), ",", " "),
    Template("tr", ("TUR", "Türkiye"), ("UZB", "Özbekistan"),
             "{A} ile {B} arasındaki ticaret hacmi {year} yılında {T} milyon dolar oldu. Taraflar yeni projeleri "
             "görüştü. Ticaret hacmi bir önceki yıla göre yüzde {G} arttı.", ("", ""), ",", "."),
    Template("kk", ("KAZ", "Қазақстан"), ("CHN", "Қытай"),
             "{year} жылы {A} мен {B} арасындағы тауар айналымы өткен жылмен салыстырғанда {G}% өсіп, "
             "{T} млн долларды құрады.", ("", ""), ",", " "),
    Template("de", ("DEU", "Deutschland"), ("KAZ", "Kasachstan"),
             "Das Handelsvolumen zwischen {A} und {B} stieg {year} gegenüber dem Vorjahr um {G} Prozent auf "
             "{T} Mio. Euro.", ("", ""), ",", "."),
    Template("fr", ("FRA", "France"), ("MAR", "Maroc"),
             "En {year}, les échanges commerciaux entre la {A} et le {B} ont atteint {T} millions d'euros, "
             "en hausse de {G} % par rapport à l'année précédente.", ("", ""), ",", " "),
]


def document_for(t: Template, values: dict[str, str], published: str) -> Document:
    """Fill a template from ready-made `values` (plus {A}, {B}) and build its Document."""
    return document(t, *fill(t, values), published)
