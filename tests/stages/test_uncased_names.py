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


def test_georgian_names_come_back_to_the_nominative_and_to_the_tables_spelling():
    # Georgia's foreign minister Ilia Darchiashvili hosted Azerbaijan's Jeyhun Bayramov in Tbilisi.
    text = ("საგარეო საქმეთა მინისტრმა ილია დარჩიაშვილმა თბილისში უმასპინძლა აზერბაიჯანის საგარეო საქმეთა "
            "მინისტრს ჯეიჰუნ ბაირამოვს. დარჩიაშვილმა აღნიშნა, რომ ურთიერთობები მნიშვნელოვანია.")
    people = _people(extract(text, lang="ka", published="2023-05-10"))
    assert set(people) == {"Ilia Darchiashvili", "Jeyhun Bayramov"}
    assert (people["Jeyhun Bayramov"].role, people["Jeyhun Bayramov"].country) == ("foreign minister", "AZE")
    assert [m.text for m in people["Ilia Darchiashvili"].mentions] == ["ილია დარჩიაშვილმა", "დარჩიაშვილმა"]


def test_a_surname_after_a_bare_role_is_the_holder_of_that_office_that_day():
    # President Isaac Herzog, in office since 2021 (a namesake, Yitzhak Herzog, was a minister in 2006).
    for text in ("הנשיא הרצוג נפגש היום עם שר החוץ הגרמני.",
                 "נשיא המדינה יצחק הרצוג אמר כי ישראל תגן על עצמה. הנשיא הרצוג הוסיף כי המגעים יימשכו."):
        (person,) = _people(extract(text, lang="he", published="2024-03-10")).values()
        assert (person.name, person.role, person.country) == ("Isaac Herzog", "president", "ISR")


def test_a_role_word_after_a_role_is_no_person():
    # Iraq's national security adviser Qasim al-Araji; a ministry's spokesman with no name given.
    doc = extract("قال مستشار الأمن الوطني العراقي قاسم الأعرجي إن بغداد تدعم الحوار.", lang="ar",
                  published="2024-05-10")
    assert [(p.name, p.country) for p in _people(doc).values()] == [("Qasim al-Araji", "IRQ")]
    assert _people(extract("سخنگوی وزارت امور خارجه ایران گفت که تهران آماده است.", lang="fa",
                           published="2024-05-10")) == {}


def test_a_title_after_the_role_and_a_name_cut_before_the_family_name():
    # Saudi Foreign Minister Prince Faisal bin Farhan; Saudi Crown Prince Mohammed bin Salman hosted Macron.
    doc = extract("أكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة تدعم الحل. "
                  "واستقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي إيمانويل ماكرون.",
                  lang="ar", published="2024-05-10")
    people = _people(doc)
    assert people["Faisal bin Farhan Al Saud"].role == "foreign minister"
    assert people["Emmanuel Macron"].country == "FRA"


def test_hindi_names_of_leaders_get_the_tables_spelling():
    doc = extract("प्रधानमंत्री नरेंद्र मोदी ने मास्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। "
                  "विदेश मंत्री एस. जयशंकर भी मौजूद थे।", lang="hi", published="2024-07-09")
    people = _people(doc)
    assert {(n, p.country) for n, p in people.items()} == {
        ("Narendra Modi", "IND"), ("Vladimir Putin", "RUS"), ("Subrahmanyam Jaishankar", "IND")}
    # A city after a role is a visit, not a name.
    assert _people(extract("प्रधानमंत्री मास्को पहुंचे।", lang="hi", published="2024-07-08")) == {}


def test_a_georgian_title_before_a_declined_name_and_the_case_ending_that_ends_it():
    # President Salome Zurabishvili; Prime Minister Irakli Kobakhidze (in office from February 2024).
    doc = extract("საქართველოს პრეზიდენტ სალომე ზურაბიშვილის განცხადებით, ქვეყანა ევროკავშირისკენ მიდის. "
                  "პრემიერ-მინისტრ ირაკლი კობახიძესთან შეხვედრისას ელჩმა ეს აღნიშნა.", lang="ka",
                  published="2024-03-10")
    people = _people(doc)
    assert set(people) == {"Salome Zourabichvili", "Irakli Kobakhidze"}   # the office-holders table's spelling
    assert [m.text for m in people["Irakli Kobakhidze"].mentions] == ["ირაკლი კობახიძესთან"]
