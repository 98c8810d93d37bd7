"""The dates stage: resolution rules that hold in every language."""

from __future__ import annotations

import datetime as dt

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from legation import extract
from legation.resources import supporting
from legation.stages.dates import find_dates, find_dateline

from lang.date_rows import date_layer


def test_day_and_month_take_the_year_closest_before_publication():
    (early,) = find_dates("Talks were held on December 30.", "en", dt.date(2024, 1, 3))
    (late,) = find_dates("Talks were held on December 30.", "en", dt.date(2024, 12, 31))
    assert early.iso == "2023-12-30" and late.iso == "2024-12-30"


def test_weekday_is_the_latest_on_or_before_publication():
    # 2024-10-24 is a Thursday.
    (same_day,) = find_dates("They met on Thursday.", "en", dt.date(2024, 10, 24))
    (before,) = find_dates("They met on Friday.", "en", dt.date(2024, 10, 24))
    assert same_day.iso == "2024-10-24" and before.iso == "2024-10-18"


def test_relative_words_need_a_publication_date():
    (yesterday,) = find_dates("Yesterday the envoy left.", "en", None)
    assert yesterday.iso is None


def test_without_publication_a_full_date_in_the_text_anchors_the_rest():
    mentions = find_dates("Posted 2024-10-24. Yesterday the envoy left.", "en", None)
    assert [m.iso for m in mentions] == ["2024-10-24", "2024-10-23"]


def test_without_publication_a_day_and_month_take_the_latest_year_in_the_text():
    text = ("Dekabrın 3-də nazirlər Bakıda görüşüblər. 2023-cü ildə ticarət 2025 milyon dollar olub, "
            "2024-cü ilin ilk yarısında isə artıb.")
    mentions = find_dates(text, "az", None, today=dt.date(2025, 6, 1))
    (meeting,) = [m for m in mentions if m.precision == "day"]
    # 2025 is money here, so the latest year the text mentions is 2024.
    assert (meeting.iso, meeting.inferred) == ("2024-12-03", True)
    assert [m.iso for m in mentions if m.precision == "year"] == ["2023", "2024"]


def test_without_publication_the_latest_full_date_wins_and_may_come_before():
    text = "The memorandum of 2 March 2024 was followed by talks on March 5. On Friday the envoys left."
    mentions = find_dates(text, "en", None, today=dt.date(2025, 1, 1))
    assert [(m.iso, m.inferred) for m in mentions] == [
        ("2024-03-02", False), ("2024-03-05", True), ("2024-03-01", True)]


def test_no_reference_from_the_future_or_from_money():
    text = "Talks were held on October 18. Trade may reach 2030 million euros by 2031."
    (talks, *_) = find_dates(text, "en", None, today=dt.date(2025, 1, 1))
    assert talks.iso is None
    (talks, *_) = find_dates(text, "en", None, today=dt.date(2032, 1, 1))
    assert talks.iso == "2031-10-18" and talks.inferred


def test_with_publication_nothing_is_inferred():
    assert not any(m.inferred for m in find_dates("They met on Friday, 18 October.", "en", dt.date(2024, 10, 24)))


def test_money_and_decimals_are_not_years():
    text = "Exports: 2022 million dollars, imports: 523.7 million; in 2023 trade grew."
    assert [(m.iso, m.precision) for m in find_dates(text, "en", dt.date(2024, 5, 1))] == [("2023", "year")]


def test_month_and_year_give_month_precision():
    (m,) = find_dates("In March 2024 the talks resumed.", "en", dt.date(2024, 5, 1))
    assert (m.iso, m.precision) == ("2024-03", "month")


def test_dateline_place_and_date():
    doc = date_layer("ru", "2024-11-16", "МОСКВА, 15 ноября. Министры провели переговоры.")
    line = doc.layers["dateline"]
    assert line.place == "МОСКВА" and line.date.iso == "2024-11-15"


def test_dateline_with_the_agency_in_brackets_and_no_date():
    # The place is where the report was filed, no party: "MADRİD (AA) - ", "KIEW (dpa) - ".
    for lang, text, place in (("tr", "Başlık\nMADRİD (AA) - Cumhurbaşkanı konuştu.", "MADRİD"),
                              ("de", "KIEW (dpa) - Der Kanzler ist eingetroffen.", "KIEW")):
        line = find_dateline(text, find_dates(text, lang, dt.date(2024, 10, 24)))
        assert line is not None and line.place == place
    text = "Officials (unnamed) - not a place - met on Monday."
    assert find_dateline(text, find_dates(text, "en", dt.date(2024, 10, 24))) is None


def test_an_ordinary_first_sentence_is_no_dateline():
    text = "Officials, however, met on Monday."
    assert find_dateline(text, find_dates(text, "en", dt.date(2024, 10, 24))) is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_offsets_slice_the_text_and_never_crash(text):
    for lang in supporting("full"):
        for m in find_dates(text, lang, dt.date(2024, 10, 24)):
            assert 0 <= m.start < m.end <= len(text)
            assert m.precision in ("day", "month", "year", "week")


def test_digits_of_every_script_make_dates_with_offsets_on_the_written_digits():
    text = "Talks on ١٥ March ٢٠٢٦, a memorandum dated ۲۰۲۶-۱۲-۰۶, and a visit on １５ May ２０２５, in २०२४."
    found = [(text[d.start:d.end], d.iso) for d in find_dates(text, "en", dt.date(2026, 12, 6))]
    assert found == [("١٥ March ٢٠٢٦", "2026-03-15"), ("۲۰۲۶-۱۲-۰۶", "2026-12-06"),
                     ("１５ May ２０２５", "2025-05-15"), ("२०२४", "2024")]


def test_a_year_that_ends_the_text_is_a_year():
    assert [d.iso for d in find_dates("The treaty was signed on 4 May 2021", "en")] == ["2021-05-04"]


def test_solar_hijri_hebrew_and_hijri_dates_become_iso_dates():
    published = dt.date(2026, 12, 6)
    cases = [
        ("fa", "وزیر امور خارجه روز ۱۵ آذر ۱۴۰۵ به مسکو رفت.", "۱۵ آذر ۱۴۰۵", "2026-12-06"),
        ("fa", "این توافق در ۲۹ اسفند ۱۴۰۴ امضا شد.", "۲۹ اسفند ۱۴۰۴", "2026-03-20"),
        ("he", "השרים נפגשו בי״ד בכסלו תשפ״ו בירושלים.", "י״ד בכסלו תשפ״ו", "2025-12-04"),
        ("ar", "وقعت الاتفاقية في 5 جمادى الآخرة 1447 هـ في الرياض.", "5 جمادى الآخرة 1447 هـ", "2025-11-26"),
    ]
    for lang, text, written, iso in cases:
        found = [(text[d.start:d.end], d.iso) for d in find_dates(text, lang, published)]
        assert (written, iso) in found, (lang, found)


def test_another_calendars_date_without_a_year_is_the_latest_before_publication():
    (found,) = find_dates("در ۳ دی دیدار کردند.", "fa", dt.date(2026, 12, 6))
    assert found.iso == "2025-12-24"
    # A month name alone is no date ("مهر" is also a word).
    assert find_dates("مهر تایید خورد.", "fa", dt.date(2026, 12, 6)) == []


def test_solar_hijri_dates_are_convertdates_around_every_new_year():
    # legation computes each Solar Hijri year's first day once (convertdate's astronomical
    # reckoning is slow); the days around Nowruz, where an error would show, are convertdate's.
    from convertdate import persian

    from legation.stages._calendars import CONVERTERS

    fast = CONVERTERS["persian"]
    for year in range(2014, 2031):
        for day in (19, 20, 21, 22):
            assert fast.from_gregorian(year, 3, day) == tuple(persian.from_gregorian(year, 3, day))
        pyear = year - 621
        for month, pday in ((1, 1), (6, 31), (7, 1), (12, 29)):
            assert fast.to_gregorian(pyear, month, pday) == tuple(persian.to_gregorian(pyear, month, pday))


@pytest.mark.parametrize("lang,published,text,place,iso", [
    # A city and its day with nothing between them, as Czech and Chinese agencies write it.
    ("cs", "2024-03-12", "Brno 12. března (ČTK) - Ministři se sešli na jednání.", "Brno", "2024-03-12"),
    ("zh", "2024-03-12", "上海3月12日电 两国外长举行会谈。", "上海", "2024-03-12"),
])
def test_a_city_glued_to_its_day_is_a_dateline(lang, published, text, place, iso):
    line = date_layer(lang, published, text).layers["dateline"]
    assert (line.place, line.date.iso) == (place, iso)


def test_a_name_glued_to_a_day_is_no_dateline():
    # A person or a ministry before the day is no place: no dateline is read.
    assert date_layer("zh", "2024-03-12", "外交部3月12日发表声明。").layers["dateline"] is None


# Relative days resolve by tense: a weekday in a sentence of the future or of an announcement,
# "tomorrow" and "next week" look forward; "last Friday" is the latest Friday before publication.
@pytest.mark.parametrize(("lang", "published", "text", "iso"), [
    # Blinken's trip to China began on Wednesday 24 April 2024.
    ("ru", "2024-04-22", "Блинкен отправится в Китай в среду.", "2024-04-24"),
    # Putin's state visit to China began on Thursday 16 May 2024.
    ("ru", "2024-05-14", "Владимир Путин посетит Китай в четверг по приглашению Си Цзиньпина.", "2024-05-16"),
    # Scholz set off for China on Saturday 13 April 2024.
    ("de", "2024-04-11", "Bundeskanzler Olaf Scholz wird am Samstag zu einer Reise nach China aufbrechen.",
     "2024-04-13"),
    # Macron received Xi Jinping at the Élysée on Monday 6 May 2024.
    ("fr", "2024-05-04", "Emmanuel Macron recevra Xi Jinping lundi à l'Élysée.", "2024-05-06"),
    # Xi Jinping arrived in France on Sunday 5 May 2024.
    ("es", "2024-05-03", "Xi Jinping visitará Francia el domingo en su primera gira europea en cinco años.",
     "2024-05-05"),
    ("it", "2024-05-03", "Xi Jinping visiterà la Francia domenica.", "2024-05-05"),
    # A weekday opening its sentence, its future verb just after it.
    ("de", "2024-04-11", "Am Samstag wird Scholz nach China reisen.", "2024-04-13"),
    ("ru", "2024-04-22", "В среду Блинкен прибудет в Шанхай.", "2024-04-24"),
    # Forward words: tomorrow, the day after tomorrow, next week.
    ("en", "2024-04-23", "Blinken travels to Shanghai tomorrow.", "2024-04-24"),
    ("ru", "2024-05-15", "Путин завтра прибудет в Пекин.", "2024-05-16"),
    ("fr", "2024-05-04", "Xi Jinping arrivera à Paris demain.", "2024-05-05"),
    ("pt", "2024-05-04", "Xi Jinping chega amanhã a Paris.", "2024-05-05"),
    ("zh", "2024-05-04", "习近平明天抵达巴黎，开始对法国进行国事访问。", "2024-05-05"),
    # Kishida left for his state visit to the United States on 8 April 2024.
    ("ja", "2024-04-07", "岸田首相はあす米国に向けて出発する。", "2024-04-08"),
    # Yoon Suk Yeol left for the Czech Republic on 19 September 2024.
    ("ko", "2024-09-18", "윤석열 대통령은 내일 체코를 공식 방문한다.", "2024-09-19"),
    ("tr", "2024-05-15", "Putin yarın Pekin'e gidecek.", "2024-05-16"),
    ("de", "2024-05-14", "Putin reist übermorgen nach Peking.", "2024-05-16"),
    # Zelensky met Trump at the White House on Friday 28 February 2025: "last Friday" published on a
    # Friday is the week before, published on the Saturday the day before.
    ("en", "2025-03-07", "Zelensky met Trump at the White House last Friday.", "2025-02-28"),
    ("en", "2025-03-01", "Zelensky met Trump at the White House last Friday.", "2025-02-28"),
    ("ru", "2025-03-07", "Зеленский встретился с Трампом в Белом доме в прошлую пятницу.", "2025-02-28"),
    ("de", "2025-03-07", "Selenskyj traf Trump am vergangenen Freitag im Weißen Haus.", "2025-02-28"),
    ("fr", "2025-03-07", "Zelensky a rencontré Trump vendredi dernier à la Maison Blanche.", "2025-02-28"),
    ("es", "2025-03-07", "Zelenski se reunió con Trump el viernes pasado en la Casa Blanca.", "2025-02-28"),
    ("it", "2025-03-01", "Zelensky ha incontrato Trump venerdì scorso alla Casa Bianca.", "2025-02-28"),
    ("tr", "2025-03-07", "Zelenski geçen cuma Beyaz Saray'da Trump ile görüştü.", "2025-02-28"),
    ("nl", "2025-03-07", "Zelensky ontmoette Trump afgelopen vrijdag in het Witte Huis.", "2025-02-28"),
    ("cs", "2025-03-07", "Zelenskyj se s Trumpem setkal minulý pátek v Bílém domě.", "2025-02-28"),
    ("bg", "2025-03-07", "Зеленски се срещна с Тръмп миналия петък в Белия дом.", "2025-02-28"),
    ("hu", "2025-03-07", "Zelenszkij múlt pénteken találkozott Trumppal a Fehér Házban.", "2025-02-28"),
    ("bg", "2024-05-15", "Путин пристига утре в Пекин.", "2024-05-16"),
    ("ro", "2024-05-15", "Putin sosește mâine la Beijing.", "2024-05-16"),
    ("id", "2024-05-15", "Putin tiba di Beijing besok.", "2024-05-16"),
    ("vi", "2024-05-15", "Putin sẽ đến Bắc Kinh ngày mai.", "2024-05-16"),
    # "next Monday" published on a Monday is the week after.
    ("en", "2024-04-29", "Xi Jinping arrives in Paris this coming Sunday.", "2024-05-05"),
    ("fr", "2024-04-29", "Xi Jinping arrivera dimanche prochain à Paris.", "2024-05-05"),
])
def test_relative_days_resolve_by_tense(lang, published, text, iso):
    days = [m for m in find_dates(text, lang, dt.date.fromisoformat(published)) if m.precision == "day"]
    assert [m.iso for m in days] == [iso]


@pytest.mark.parametrize(("lang", "text"), [
    # The Kremlin announced Putin's visit to China on Tuesday 14 May 2024: the weekday is the day
    # the announcement was made, though the sentence tells of the future after it.
    ("en", "The Kremlin said on Tuesday that Putin will visit China."),
    ("ru", "Кремль во вторник сообщил, что Путин посетит Китай."),
])
def test_a_weekday_of_the_telling_stays_in_the_past(lang, text):
    (tuesday,) = find_dates(text, lang, dt.date(2024, 5, 15))
    assert tuesday.iso == "2024-05-14"


def test_a_dateline_places_a_forward_weekday_forward():
    # Putin's visit to China (Thursday 16 May 2024) announced under a Moscow dateline of Tuesday
    # 14 May, published on the 13th on another clock; "last Friday" under a Friday dateline.
    doc = extract("МОСКВА, 14 мая. Путин посетит Китай в четверг, сообщили в Кремле.", published="2024-05-13")
    assert [d.iso for d in doc.layers["dates"] if d.kind == "weekday"] == ["2024-05-16"]
    doc = extract("МОСКВА, 17 мая. Путин в прошлую пятницу провел переговоры с Лукашенко.", published="2024-05-16")
    assert [d.iso for d in doc.layers["dates"] if d.kind == "weekday"] == ["2024-05-10"]
