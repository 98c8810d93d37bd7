"""The day an event is dated to, end to end: relative days and weekdays against the dateline,
dates on two clocks, reports published after the act. Texts written from the facts of real
reported happenings; each names the day of the act, and the event must carry it, not a day
before or after."""

from __future__ import annotations

import datetime as dt

import pytest

from legation import extract
from legation.stages.dates import find_dates

CASES = [
    # APEC in Lima, 15 November 2024: Ishiba met Xi in the afternoon, local time; on Tokyo's clock it
    # was the morning of the 16th. The time of day between the date and its bracket does not make
    # the Tokyo date a day of its own.
    ("2024-11-16", "石破茂首相は15日午後（日本時間16日午前）、訪問先のペルー・リマで中国の習近平国家主席と会談した。",
     ("CONSULT", {"JPN", "CHN"}, "2024-11-15")),
    # Moscow threatened Helsinki over its NATO accession (14 March): a Moscow dateline on the local
    # clock, the publication date a day earlier on another. "в четверг" is the dateline's Thursday,
    # not the Thursday of the week before, and the act is not in the future.
    ("2024-03-13", "МОСКВА, 14 марта. Россия в четверг пригрозила Финляндии ответными мерами в связи "
     "с вступлением страны в НАТО.", ("THREATEN", {"RUS", "FIN"}, "2024-03-14")),
    # The same on a German dateline: its day and month are this year's, not last year's.
    ("2024-05-26", "Moskau, 27. Mai. Russland hat Deutschland mit Konsequenzen gedroht, falls Berlin "
     "Taurus-Marschflugkörper an die Ukraine liefert.", ("THREATEN", {"RUS", "DEU"}, "2024-05-27")),
    # Xi Jinping's state visit to France, 5-7 May 2024: a range of days is dated by its first day,
    # not its last ("5月5日至7日").
    ("2024-05-08", "应法国总统马克龙邀请，国家主席习近平5月5日至7日对法国进行国事访问。",
     ("CONSULT", {"CHN", "FRA"}, "2024-05-05")),
    # An agency's name glued before the dateline's city ("新华社巴黎5月6日电"): the dateline dates
    # the report's undated talks, not the publication two days later.
    ("2024-05-08", "新华社巴黎5月6日电 国家主席习近平在巴黎爱丽舍宫同法国总统马克龙举行会谈。",
     ("CONSULT", {"CHN", "FRA"}, "2024-05-06")),
    # Seoul protested to Moscow on 21 June 2024 over the treaty Russia and North Korea signed on the
    # 19th: the day right before the signing is the signing's, the other day is the protest's.
    ("2024-06-21", "외교부는 21일 러시아와 북한이 19일 서명한 조약에 대해 강력히 항의했다.",
     ("ACCUSE", {"KOR", "RUS"}, "2024-06-21")),
    # The same protest, reported on its day after the signing's sentence: Seoul, new to the
    # article's dated acts, answers the treaty; its protest is not of the signing's day.
    ("2024-06-21", "러시아와 북한이 19일 평양에서 포괄적 전략적 동반자 관계 조약에 서명했다. 한국 정부는 주한 "
     "러시아 대사를 초치해 항의했다.", ("ACCUSE", {"KOR", "RUS"}, "2024-06-21")),
    # Romania's support for Ukraine, stated by Iohannis on Monday 4 March 2024 and reported the
    # next day: the undated lead is of the day the next sentence gives.
    ("2024-03-05", "România și-a exprimat sprijinul pentru Ucraina. Președintele Klaus Iohannis a făcut "
     "declarația luni seara, la Palatul Cotroceni.", ("SUPPORT", {"ROU", "UKR"}, "2024-03-04")),
    # Ankara summoned Sweden's ambassador on Friday 20 January 2023; reported on the Saturday.
    ("2023-01-21", "Türkiye, İsveç'in Ankara Büyükelçisini Dışişleri Bakanlığına çağırarak protesto etti. "
     "Büyükelçi cuma günü bakanlığa çağrıldı.", ("ACCUSE", {"TUR", "SWE"}, "2023-01-20")),
    # Estonia declared Russia's ambassador persona non grata on Monday 23 January 2023; Moscow's
    # threat in answer, reported under the next day's dateline, is of the dateline's day.
    ("2023-01-24", "МОСКВА, 24 января. Эстония в понедельник объявила посла России персоной нон грата. "
     "Россия пригрозила Эстонии ответными мерами.", ("THREATEN", {"RUS", "EST"}, "2023-01-24")),
    # Germany ordered Iran's consulates closed on Thursday 31 October 2024; Tehran's threat, in the
    # next day's report, is the report's.
    ("2024-11-01", "Deutschland hat am Donnerstag die Schließung aller drei iranischen Generalkonsulate "
     "angeordnet. Iran drohte Deutschland daraufhin mit einer entschiedenen Reaktion.",
     ("THREATEN", {"IRN", "DEU"}, "2024-11-01")),
]


def _found(doc):
    return {(ev.type, frozenset((ev.source.code, ev.target.code)), ev.date) for ev in doc.events}


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_event_carries_the_day_of_its_act(published, text, expected):
    doc = extract(text, published=published)
    kind, pair, date = expected
    assert (kind, frozenset(pair), date) in _found(doc), _found(doc)


@pytest.mark.parametrize(("lang", "text", "iso"), [
    ("ja", "首脳会議は11月15～16日にリマで開かれた。", "2024-11-15"),
    ("ko", "회의는 11월 15일부터 16일까지 리마에서 열렸다.", "2024-11-15"),
    ("zh", "会议于11月15日至16日在利马举行。", "2024-11-15"),
])
def test_a_range_of_marked_days_is_one_date_its_first_day(lang, text, iso):
    mentions = find_dates(text, lang, dt.date(2024, 11, 20))
    assert [(m.iso, m.precision) for m in mentions] == [(iso, "day")]


def test_a_visit_told_after_its_talks_is_the_talks_day():
    # Lavrov in Beijing, 8-9 April 2024: the talks with Wang Yi on the second day lead the report;
    # the arrival the day before is the same visit, one meeting, on the talks' day.
    doc = extract("Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in "
                  "Beijing on Tuesday. Lavrov arrived in Beijing on Monday for a two-day visit to China.",
                  published="2024-04-09")
    assert _found(doc) == {("CONSULT", frozenset({"RUS", "CHN"}), "2024-04-09")}


def test_a_visit_told_in_the_order_of_its_days_keeps_each_day():
    # Wang Yi in Washington, 26-28 October 2023: arrival told first, talks on the next day.
    doc = extract("Chinese Foreign Minister Wang Yi arrived in Washington on Thursday for a three-day visit to "
                  "the United States. On Friday he held talks with Secretary of State Antony Blinken.",
                  published="2023-10-28")
    assert {ev.date for ev in doc.events if ev.type == "CONSULT"} == {"2023-10-26", "2023-10-27"}


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "外交部上周五宣布了这一决定。"),
    ("ja", "両首脳は先週金曜日に会談した。"),
    ("ko", "양국 정상은 지난주 금요일 회담했다."),
])
def test_last_weeks_weekday_is_in_last_week(lang, text):
    # Published on Saturday 18 May 2024: last week's Friday is the 10th, not yesterday.
    (mention,) = find_dates(text, lang, dt.date(2024, 5, 18))
    assert (mention.iso, mention.precision) == ("2024-05-10", "day")


def test_last_weeks_weekday_counts_from_an_earlier_dateline():
    # A dateline of Monday 20 May, published on Wednesday 22 May: last week is the dateline's.
    doc = extract("北京5月20日电 外交部上周五宣布了这一决定。", published="2024-05-22")
    assert [m.iso for m in doc.layers["dates"] if m.kind == "relative"] == ["2024-05-17"]


def test_an_announced_visit_on_a_day_of_the_month_ahead_is_an_agreement_of_the_announcement_day() -> None:
    # Scholz's visit to Astana was announced for 15-16 September 2024; a day and month without a
    # year after a future word lie ahead of the report, not in the year before it.
    doc = extract("BERLIN - Bundeskanzler Olaf Scholz wird am 15. September Kasachstan besuchen, teilte ein "
                  "Regierungssprecher am Dienstag mit.", published="2024-09-10", lang="de")
    assert "2024-09-15" in [d.iso for d in doc.layers.get("dates")]
    assert [(e.type, {e.source.code, e.target.code}, e.date) for e in doc.events] == \
        [("AGREE", {"DEU", "KAZ"}, "2024-09-10")]
