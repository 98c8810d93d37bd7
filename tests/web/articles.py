"""Test articles written for the web tests, with the facts a careful reader would code.

The texts are invented (Mongolia and Switzerland, 2025) and annotated here by
hand: every offset is found in the text, so the store receives records exactly
as the extractor would write them. One article carries markup and script in its
text, title and removed lines, as scraped pages do.
"""

from __future__ import annotations

from typing import Any

from legation.document import (
    Actor, Document, Entity, Event, Evidence, Figure, Flag, Location, Mention, Removed, Source,
)
from legation.text.sentences import split_sentences

XSS_SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_IMG2 = '<img src="x" onerror="window.__pwned = 2">'

COUNTRIES = {"MNG": "Mongolia", "CHE": "Switzerland"}


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _entities(text: str, names: dict[str, tuple[str, dict[str, Any]]]) -> list[Entity]:
    """One entity per id: (kind, fields) with `written` being the forms to find in the text."""
    out = []
    for ent_id, (kind, fields) in names.items():
        mentions = []
        for form in fields.pop("written"):
            pos = 0
            while (found := text.find(form, pos)) >= 0:
                mentions.append(Mention(found, found + len(form), form))
                pos = found + len(form)
        out.append(Entity(id=ent_id, kind=kind, mentions=sorted(mentions, key=lambda m: m.start), **fields))
    return out


def _evidence(doc: Document, needle: str) -> Evidence:
    start, end = _span(doc.text, needle)
    return Evidence(start, end, doc.sentence_of(start))


def _doc(text: str, lang: str, *, title: str, published: str, site: str, url: str) -> Document:
    return Document(raw=text, text=text, lang=lang, lang_confidence=0.99,
                    source=Source(url=url, title=title, published=published, site=site),
                    sentences=split_sentences(text, lang))


def _country(code: str, *written: str) -> tuple[str, dict[str, Any]]:
    """A country for `_entities`, named in English and found in the text as each of `written`."""
    return "country", {"code": code, "name": COUNTRIES[code], "written": list(written)}


def _event(doc: Document, type_: str, pair: tuple[str, str], date: str, evidence: str, confidence: float,
           *, place: tuple[str, str] | None = None, round_: int | None = None) -> Event:
    """The article's one event, between entities e1 and e2 (`pair` = their codes), dated to the day."""
    source, target = pair
    return Event(id="v1", type=type_, source=Actor(source, "e1"), target=Actor(target, "e2"),
                 date=date, date_precision="day", location=Location(*place) if place else None,
                 round=round_, evidence=_evidence(doc, evidence), confidence=confidence)


def consultation_en() -> Document:
    text = (
        "Mongolia and Switzerland hold political consultations in Bern\n\n"
        "Mongolian Deputy Foreign Minister Batbayar Ganzorig and Swiss State Secretary Helene Amsler "
        "held the third round of political consultations in Bern on 12 March 2025. "
        "The sides discussed mining, dairy farming and vocational training.\n\n"
        "Both delegations agreed to meet again next year in Ulaanbaatar."
    )
    doc = _doc(text, "en", title="Mongolia and Switzerland hold consultations", published="2025-03-13",
               site="wire-en.example", url="https://wire-en.example/mng-che-consultations")
    doc.entities = _entities(text, {
        "e1": _country("MNG", "Mongolia", "Mongolian"),
        "e2": _country("CHE", "Switzerland", "Swiss"),
        "e3": ("person", {"name": "Batbayar Ganzorig", "role": "deputy foreign minister", "country": "MNG",
                          "written": ["Batbayar Ganzorig"]}),
        "e4": ("person", {"name": "Helene Amsler", "role": "state secretary", "country": "CHE",
                          "written": ["Helene Amsler"]}),
        "e5": ("place", {"name": "Bern", "country": "CHE", "written": ["Bern"]}),
    })
    doc.events = [_event(
        doc, "CONSULT", ("MNG", "CHE"), "2025-03-12",
        "Mongolian Deputy Foreign Minister Batbayar Ganzorig and Swiss State "
        "Secretary Helene Amsler held the third round of political consultations "
        "in Bern on 12 March 2025.",
        0.9, place=("Bern", "CHE"), round_=3)]
    doc.removed = [Removed("Share this article", "boilerplate"), Removed("Subscribe to our newsletter", "boilerplate")]
    return doc


def consultation_ru() -> Document:
    text = (
        "Монголия и Швейцария провели консультации\n\n"
        "12 марта в Берне состоялся третий раунд политических консультаций между МИД Монголии "
        "и Швейцарии. Делегации возглавили Батбаяр Ганзориг и Хелене Амслер."
    )
    doc = _doc(text, "ru", title="Монголия и Швейцария провели консультации", published="2025-03-12",
               site="news-ru.example", url="https://news-ru.example/2025/03/12/mng-che")
    doc.entities = _entities(text, {
        "e1": _country("MNG", "Монголия", "Монголии"),
        "e2": _country("CHE", "Швейцария", "Швейцарии"),
        "e3": ("person", {"name": "Batbayar Ganzorig", "role": "deputy foreign minister", "country": "MNG",
                          "written": ["Батбаяр Ганзориг"]}),
        "e4": ("place", {"name": "Bern", "country": "CHE", "written": ["Берне"]}),
    })
    doc.events = [_event(
        doc, "CONSULT", ("MNG", "CHE"), "2025-03-12",
        "12 марта в Берне состоялся третий раунд политических консультаций между "
        "МИД Монголии и Швейцарии.",
        0.85, place=("Bern", "CHE"), round_=3)]
    return doc


def consultation_de() -> Document:
    text = (
        "Konsultationen mit der Mongolei\n\n"
        "Die Schweiz und die Mongolei haben am 12. März in Bern ihre dritte Runde politischer "
        "Konsultationen abgehalten. Im Mittelpunkt standen Bergbau und Berufsbildung."
    )
    doc = _doc(text, "de", title="Konsultationen mit der Mongolei", published="2025-03-14",
               site="zeitung-de.example", url="https://zeitung-de.example/artikel/4711")
    doc.entities = _entities(text, {
        "e1": _country("CHE", "Schweiz"),
        "e2": _country("MNG", "Mongolei"),
        "e3": ("place", {"name": "Bern", "country": "CHE", "written": ["Bern"]}),
    })
    doc.events = [_event(
        doc, "CONSULT", ("CHE", "MNG"), "2025-03-12",
        "Die Schweiz und die Mongolei haben am 12. März in Bern ihre dritte Runde "
        "politischer Konsultationen abgehalten.",
        0.85, place=("Bern", "CHE"), round_=3)]
    return doc


def trade_report() -> Document:
    """An agreement in May, and trade figures whose parts do not add up (a flag and a repair)."""
    text = (
        "Mongolia and Switzerland sign dairy agreement\n\n"
        "On 20 May 2025 Mongolia and Switzerland signed an agreement on dairy cooperation in Ulaanbaatar. "
        "In 2024 trade between Mongolia and Switzerland reached 12 million dollars, with Mongolian exports "
        "of 70 million dollars and imports of 25 million dollars."
    )
    doc = _doc(text, "en", title="Dairy agreement signed", published="2025-05-21",
               site="wire-en.example", url="https://wire-en.example/mng-che-dairy")
    doc.entities = _entities(text, {
        "e1": _country("MNG", "Mongolia", "Mongolian"),
        "e2": _country("CHE", "Switzerland"),
        "e3": ("place", {"name": "Ulaanbaatar", "country": "MNG", "written": ["Ulaanbaatar"]}),
    })
    doc.events = [_event(
        doc, "AGREE", ("MNG", "CHE"), "2025-05-20",
        "On 20 May 2025 Mongolia and Switzerland signed an agreement on dairy "
        "cooperation in Ulaanbaatar.",
        0.9, place=("Ulaanbaatar", "MNG"))]
    figures = [("f1", "trade_turnover", 12e6, "12 million dollars"),
               ("f2", "exports", 70e6, "70 million dollars"),
               ("f3", "imports", 25e6, "25 million dollars")]
    for fid, metric, value, written in figures:
        doc.figures.append(Figure(id=fid, metric=metric, value=value, unit="USD", as_written=written,
                                  evidence=_evidence(doc, written), reporter="MNG", partner="CHE",
                                  period="2024"))
    sentence = _evidence(doc, "In 2024 trade between Mongolia and Switzerland reached")
    lo, hi = doc.sentences[sentence.sentence or 0]
    doc.flags = [
        Flag(kind="sum_mismatch", severity="error",
             message="exports (70 M USD) + imports (25 M USD) = 95 M USD, but turnover is stated as 12 M USD",
             figures=["f1", "f2", "f3"], evidence=[Evidence(lo, hi)]),
        Flag(kind="repair", severity="info",
             message="reading the turnover as 95 M USD satisfies every check",
             proposal=[{"metric": "trade_turnover", "period": "2024", "value": 95e6, "unit": "USD"}]),
    ]
    return doc


def trade_other_source() -> Document:
    """Another source gives a different 2024 turnover: the store raises a conflict across documents."""
    text = (
        "Swiss trade with Mongolia grows\n\n"
        "Trade between Switzerland and Mongolia amounted to 95 million dollars in 2024, customs data show."
    )
    doc = _doc(text, "en", title="Swiss trade with Mongolia grows", published="2025-02-02",
               site="trade-news.example", url="https://trade-news.example/che-mng-2024")
    doc.entities = _entities(text, {
        "e1": _country("CHE", "Switzerland", "Swiss"),
        "e2": _country("MNG", "Mongolia"),
    })
    doc.figures = [Figure(id="f1", metric="trade_turnover", value=95e6, unit="USD",
                          as_written="95 million dollars", evidence=_evidence(doc, "95 million dollars"),
                          reporter="MNG", partner="CHE", period="2024")]
    return doc


def hostile_page() -> Document:
    """A scraped page whose text still carries markup: it must show as text and run nothing."""
    text = (
        f"Switzerland protests {XSS_SCRIPT} over border incident\n\n"
        f"On 3 July 2025 Switzerland protested to Mongolia about a cyber incident {XSS_IMG} "
        f"that hit its embassy servers. {XSS_IMG2} The ambassador was summoned."
    )
    doc = _doc(text, "en", title=f"Protest {XSS_SCRIPT} note", published="2025-07-04",
               site="scraped.example", url="https://scraped.example/?q=<script>alert(1)</script>")
    doc.entities = _entities(text, {
        "e1": _country("CHE", "Switzerland"),
        "e2": _country("MNG", "Mongolia"),
        "e3": ("person", {"name": "Agent <b>Bold</b>", "role": "ambassador", "country": "CHE",
                          "written": ["The ambassador"]}),
    })
    doc.events = [_event(
        doc, "PROTEST", ("CHE", "MNG"), "2025-07-03",
        f"On 3 July 2025 Switzerland protested to Mongolia about a cyber incident "
        f"{XSS_IMG} that hit its embassy servers.",
        0.8)]
    doc.removed = [Removed(f"Click {XSS_IMG2} here", "boilerplate")]
    return doc


def later_note() -> Document:
    """A short note stored after the others (while the server runs)."""
    return _doc("The embassy in Ulaanbaatar will be closed on Friday for a national holiday.", "en",
                title="Embassy closed on Friday", published="2025-08-01", site="notes.example.org",
                url="https://notes.example.org/embassy-closed")


def all_articles() -> list[Document]:
    return [consultation_en(), consultation_ru(), consultation_de(), trade_report(),
            trade_other_source(), hostile_page()]


def build_store(path: str) -> list[Document]:
    """Ingest the test articles into a new store at `path`; the documents, as stored."""
    from legation.store import Store

    docs = all_articles()
    with Store(path) as store:
        for doc in docs:
            store.add(doc.to_dict(), input=doc.source.url)
    return docs
