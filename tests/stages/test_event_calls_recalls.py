"""A call named only by what followed it ("after speaking with X") is a phone consultation of
the two; an ambassador recalled "for consultations" in protest is a recall with its accusation,
in Arabic as elsewhere."""

import pytest

from legation import extract


def _events(text: str, lang: str) -> set[tuple[str, str, str, str | None]]:
    doc = extract(text, published="2024-03-08", lang=lang)
    return {(e.type, e.source.code, e.target.code, e.mode) for e in doc.events}


def _pairs(text: str, lang: str) -> set[tuple[str, frozenset[str], str | None]]:
    return {(t, frozenset((s, g)), m) for t, s, g, m in _events(text, lang)}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "After speaking with Kishida, Albanese said that Australia would deepen its ties with Japan.",
     {"AUS", "JPN"}),
    ("en", "Following a call with Erdogan, Scholz told reporters Germany wanted calm in the region.",
     {"DEU", "TUR"}),
    ("es", "Tras hablar con el presidente de Chile, Gabriel Boric, Petro dijo que Colombia buscaba calma.",
     {"COL", "CHL"}),
    ("pt", "Após conversar com o presidente argentino Javier Milei, Lula disse que o Brasil quer diálogo.",
     {"BRA", "ARG"}),
    ("fr", "Après avoir parlé avec Pedro Sánchez, Emmanuel Macron a dit que la France voulait le calme.",
     {"FRA", "ESP"}),
    ("it", "Dopo aver parlato con Olaf Scholz, Giorgia Meloni ha detto che l'Italia voleva la calma.",
     {"ITA", "DEU"}),
])
def test_a_call_named_by_what_followed_it_is_a_phone_consultation(lang: str, text: str, pair: set[str]) -> None:
    assert ("CONSULT", frozenset(pair), "phone") in _pairs(text, lang)


@pytest.mark.parametrize(("lang", "text", "source", "target"), [
    # The feminine ambassador, recalled "for consultations".
    ("ar", "استدعت تشيلي سفيرتها في الأرجنتين للتشاور.", "CHL", "ARG"),
    # "in protest" after the recall gives its reason: the recall stays, with the accusation.
    ("ar", "استدعت تشيلي سفيرتها في الأرجنتين للتشاور احتجاجا على تصريحات الرئيس.", "CHL", "ARG"),
    ("ar", "سحبت كولومبيا سفيرها من الأرجنتين احتجاجا على تصريحات الرئيس.", "COL", "ARG"),
])
def test_an_envoy_recalled_in_protest_is_a_recall(lang: str, text: str, source: str, target: str) -> None:
    found = _events(text, lang)
    assert ("SANCTION", source, target) in {(t, s, g) for t, s, g, _ in found}
    assert not any(t == "CONSULT" for t, _, _, _ in found)


def test_a_protest_accusation_comes_with_the_recall() -> None:
    found = _events("سحبت كولومبيا سفيرها من الأرجنتين احتجاجا على تصريحات الرئيس.", "ar")
    assert ("ACCUSE", "COL", "ARG") in {(t, s, g) for t, s, g, _ in found}


@pytest.mark.parametrize(("text", "source", "target"), [
    # New assistance announced for a country is aid to it, not an intent.
    ("Austria announced 30 million euros in new assistance for Armenia during a visit to Yerevan.", "AUT", "ARM"),
    ("Canada announced 15 million dollars of new assistance for Haiti.", "CAN", "HTI"),
    # A sum contributed to a country's fund.
    ("Denmark contributed 40 million dollars to Ghana's climate fund last year.", "DNK", "GHA"),
])
def test_new_assistance_and_contributions_are_aid(text: str, source: str, target: str) -> None:
    assert ("AID", source, target) in {(t, s, g) for t, s, g, _ in _events(text, "en")}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    # Published on a Friday: the visit announced "for Tuesday" is next Tuesday's; the agreement is
    # the announcement's, dated to its day, and no meeting is dated to the Tuesday gone.
    ("en", "The Elysee announced that the Kenyan president will pay an official visit to France on Tuesday.", {"FRA", "KEN"}),
    ("ru", "В Кремле сообщили, что президент Ирана во вторник посетит Россию с визитом.", {"RUS", "IRN"}),
])
def test_an_announced_visit_on_a_weekday_is_agreed_on_the_announcement_day(lang: str, text: str,
                                                                          pair: set[str]) -> None:
    doc = extract(text, published="2024-03-08", lang=lang)
    kinds = {(e.type, frozenset((e.source.code, e.target.code)), e.date) for e in doc.events}
    assert ("AGREE", frozenset(pair), "2024-03-08") in kinds
    assert not any(d is not None and d < "2024-03-08" for _, _, d in kinds)


def test_acts_of_a_visit_announced_for_a_weekday_are_not_dated_to_the_weekday_gone() -> None:
    # Arabic: "will pay an official visit to Russia on Tuesday and sign a treaty" (published on a Friday).
    doc = extract("أعلن الكرملين أن الرئيس الإيراني سيقوم بزيارة رسمية إلى روسيا يوم الثلاثاء ويوقع معاهدة.",
                  published="2024-03-08", lang="ar")
    assert doc.events and all(e.date is not None and e.date >= "2024-03-08" for e in doc.events)
