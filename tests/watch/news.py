"""News pages for the watch tests, written for them from a few templates (invented facts).

Article `n` of a language is about a pair of countries meeting on a day that depends on
`n` alone, so every article is different and each yields a CONSULT event between the
two. `english` writes a CONSULT, ACCUSE or SANCTION article in English about a given pair and day.
"""

from __future__ import annotations

import datetime as dt
import html
from itertools import combinations

COUNTRIES = {  # code: (English, Russian, German)
    "CHL": ("Chile", "Чили", "Chile"),
    "NOR": ("Norway", "Норвегия", "Norwegen"),
    "PER": ("Peru", "Перу", "Peru"),
    "FIN": ("Finland", "Финляндия", "Finnland"),
    "KEN": ("Kenya", "Кения", "Kenia"),
    "PRT": ("Portugal", "Португалия", "Portugal"),
    "VNM": ("Vietnam", "Вьетнам", "Vietnam"),
    "CAN": ("Canada", "Канада", "Kanada"),
}
PAIRS = list(combinations(sorted(COUNTRIES), 2))
LANGS = {"en": 0, "ru": 1, "de": 2}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}
TOPICS = {
    "en": ["fisheries", "energy", "transport", "education", "health care"],
    "ru": ["рыболовства", "энергетики", "транспорта", "образования", "здравоохранения"],
    "de": ["Fischerei", "Energie", "Verkehr", "Bildung", "Gesundheit"],
}
CONSULT = {
    "en": ("Officials of {a} and {b} held consultations on {date}. "
           "The two sides discussed cooperation in {topic} and agreed to meet again next year.",
           "{a} and {b} hold talks on {topic}"),
    "ru": ("{a} и {b} провели консультации {date} года. "
           "Стороны обсудили сотрудничество в области {topic} и договорились встретиться снова в следующем году.",
           "{a} и {b} обсудили сотрудничество"),
    "de": ("Vertreter von {a} und {b} trafen sich am {date} zu Konsultationen über die Zusammenarbeit "
           "im Bereich {topic}. Beide Seiten wollen sich im nächsten Jahr wieder treffen.",
           "{a} und {b} beraten über {topic}"),
}
ENGLISH = {
    "CONSULT": ("Officials of {a} and {b} held consultations on {date}. "
                "The two sides discussed cooperation in {topic} and agreed to meet again next year.",
                "{a} and {b} hold talks on {topic}"),
    "ACCUSE": ("The government of {a} accused {b} on {date} of violating the {topic} agreement, "
               "the foreign ministry said in a statement.", "{a} accuses {b}"),
    "SANCTION": ("{a} imposed sanctions on {b} on {date}, freezing the assets of three state companies. "
                 "The measures follow a dispute over {topic}.", "{a} sanctions {b}"),
}
FILLER = {
    "en": "Further details were not disclosed. Both delegations included senior diplomats and experts.",
    "ru": "Подробности не сообщаются. В состав делегаций вошли дипломаты и эксперты.",
    "de": "Weitere Einzelheiten wurden nicht bekannt. Beiden Delegationen gehörten Diplomaten und Fachleute an.",
}


def _date(lang: str, day: dt.date) -> str:
    month = MONTHS[lang][day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "de" else f"{day.day} {month} {day.year}"


def event_day(n: int) -> dt.date:
    return dt.date(2025, 1 + (n // 27) % 12, 1 + n % 27)


def consult(lang: str, n: int) -> tuple[str, str, tuple[str, str], dt.date]:
    """Article `n` in `lang`: (title, text, pair, event day)."""
    pair = PAIRS[n % len(PAIRS)]
    col = LANGS[lang]
    a, b = COUNTRIES[pair[0]][col], COUNTRIES[pair[1]][col]
    day = event_day(n)
    topic = TOPICS[lang][n % len(TOPICS[lang])]
    text, title = CONSULT[lang]
    fill = {"a": a, "b": b, "topic": topic, "date": _date(lang, day)}
    return title.format(**fill), text.format(**fill) + "\n\n" + FILLER[lang], pair, day


def english(kind: str, a: str, b: str, day: dt.date, topic: str = "fisheries") -> tuple[str, str]:
    """An English CONSULT, ACCUSE or SANCTION article about `a` and `b` on `day`: (title, text)."""
    text, title = ENGLISH[kind]
    fill = {"a": COUNTRIES[a][0], "b": COUNTRIES[b][0], "topic": topic, "date": _date("en", day)}
    return title.format(**fill), text.format(**fill) + "\n\n" + FILLER["en"]


def page(title: str, text: str, lang: str) -> bytes:
    """A news site's page around the article: navigation, the article, a footer."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n"))
    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}"
            f"</title></head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>\n{paragraphs}</article>"
            f"<footer>Example News Service</footer></body></html>").encode()
