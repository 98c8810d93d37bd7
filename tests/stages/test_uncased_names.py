"""Names in scripts without capital letters: found after role chains, spelled in Latin letters.

Texts written for these tests from reported meetings (Lavrov and Araghchi in Moscow,
April 2025; Iran's foreign ministry spokesman on the Muscat talks).
"""

from __future__ import annotations

from legation import extract


def _people(doc):
    return {e.name: e for e in doc.entities if e.kind == "person"}


AR = ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو يوم الجمعة. "
      "وقال لافروف إن بلاده تدعم الحوار.")
HE = "שר החוץ הרוסי סרגיי לברוב נפגש במוסקבה עם שר החוץ האיראני, עבאס עראקצ'י. לברוב אמר כי רוסיה תומכת בהידברות."


def test_an_official_after_a_role_and_a_demonym_gets_the_tables_spelling():
    for text, lang in ((AR, "ar"), (HE, "he")):
        people = _people(extract(text, lang=lang, published="2025-04-18"))
        lavrov = people["Sergey Lavrov"]
        assert (lavrov.role, lavrov.country) == ("foreign minister", "RUS")
        # The full name, then the surname alone later in the text: one person.
        assert len(lavrov.mentions) == 2
        assert people["Seyed Abbas Araghchi"].country == "IRN"
        for person in people.values():
            for m in person.mentions:
                assert text[m.start:m.end] == m.text


def test_the_name_stops_at_the_verb_and_keeps_its_own_letters_in_the_mention():
    doc = extract(HE, lang="he", published="2025-04-18")
    mentions = [m.text for e in doc.entities if e.kind == "person" for m in e.mentions]
    assert "סרגיי לברוב" in mentions and "עבאס עראקצ'י" in mentions


def test_a_name_the_table_lacks_is_transliterated():
    text = "قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن طهران ترحب بالمحادثات. وأضاف بقائي أن الجولة مقبلة."
    (person,) = _people(extract(text, lang="ar", published="2025-04-10")).values()
    assert person.name.isascii() and len(person.name.split()) == 2
    assert (person.role, person.country) == ("spokesperson", "IRN")
    assert [m.text for m in person.mentions] == ["إسماعيل بقائي", "بقائي"]


def test_no_role_no_person():
    text = "وصل عباس عراقجي إلى موسكو."
    assert _people(extract(text, lang="ar", published="2025-04-18")) == {}
