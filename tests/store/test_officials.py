"""Officials across documents: one person reported in several languages and spellings is one official."""

from __future__ import annotations

from pathlib import Path

from legation import Store, extract

# Three reports, written for this test, of one visit of Uzbek ministers to Tbilisi, in English,
# Russian and Azerbaijani. The minister's name is written three ways ("Farrukh", "Фаррух",
# "Fərrux"); his deputy's is romanised two ways ("Aibek" in English, "Aybek" from Cyrillic
# and in the Azerbaijani report).
EN_TEXT = ("Uzbekistan's Foreign Minister Farrukh Tursunov held talks in Tbilisi on Monday with "
           "Georgian officials. Uzbekistan's Deputy Foreign Minister Aibek Nurlanov joined the talks.")
RU_TEXT = ("Министр иностранных дел Узбекистана Фаррух Турсунов провёл переговоры в Тбилиси с "
           "грузинскими коллегами. В переговорах участвовал заместитель министра иностранных дел "
           "Узбекистана Айбек Нурланов.")
AZ_TEXT = ("Özbəkistanın xarici işlər naziri Fərrux Tursunov Tbilisidə Gürcüstan rəsmiləri ilə "
           "danışıqlar aparıb. Danışıqlarda Özbəkistanın xarici işlər nazirinin müavini Aybek Nurlanov "
           "iştirak edib.")
# A fourth report names another Uzbek official with a similar name: he stays apart.
OTHER_TEXT = ("Uzbekistan's Trade Minister Farid Tursunov met Georgian officials in Tbilisi on Tuesday.")


def test_one_official_in_three_languages_is_listed_once(db_path: Path) -> None:
    docs = [extract(EN_TEXT, lang="en", published="2025-05-12"),
            extract(RU_TEXT, lang="ru", published="2025-05-12"),
            extract(AZ_TEXT, lang="az", published="2025-05-13"),
            extract(OTHER_TEXT, lang="en", published="2025-05-14")]
    shown = [{e.name: e.mentions[0].text for e in doc.entities if e.kind == "person"} for doc in docs]
    # Each document shows the minister in Latin letters; the mention keeps the text's spelling.
    assert shown[1]["Farrukh Tursunov"] == "Фаррух Турсунов"
    assert shown[2]["Farrukh Tursunov"] == "Fərrux Tursunov"
    # The deputy's romanisations differ from one document to the next.
    assert "Aibek Nurlanov" in shown[0] and "Aybek Nurlanov" in shown[1]
    with Store(db_path) as store:
        for doc in docs:
            store.add(doc)
        officials = store.pair("UZB", "GEO")["officials"]
        assert store.pair("GEO", "UZB")["officials"] == officials
    by_name = {o["name"]: o for o in officials}
    assert len(officials) == 3, officials
    assert (by_name["Farrukh Tursunov"]["documents"], by_name["Farrukh Tursunov"]["role"]) == (3, "foreign minister")
    # Shown under the spelling most documents give.
    assert by_name["Aybek Nurlanov"]["documents"] == 3
    assert by_name["Farid Tursunov"]["documents"] == 1


# One meeting (Lavrov and Araghchi, Moscow, 18 April 2025) reported in Russian, Arabic and
# Hebrew, written for this test: Lavrov is one official on the pair page.
RU_LAVROV = ("Министр иностранных дел России Сергей Лавров провёл переговоры с министром иностранных "
             "дел Ирана Аббасом Аракчи в Москве. Лавров заявил, что Россия поддерживает диалог.")
AR_LAVROV = ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو. "
             "وقال لافروف إن روسيا تدعم الحوار مع إيران.")
HE_LAVROV = ("שר החוץ הרוסי סרגיי לברוב נפגש במוסקבה עם שר החוץ האיראני, עבאס עראקצ'י. "
             "לברוב אמר כי רוסיה תומכת בהידברות עם איראן.")


def test_one_official_in_three_scripts_is_listed_once(db_path: Path) -> None:
    docs = [extract(RU_LAVROV, lang="ru", published="2025-04-18"),
            extract(AR_LAVROV, lang="ar", published="2025-04-18"),
            extract(HE_LAVROV, lang="he", published="2025-04-19")]
    with Store(db_path) as store:
        for doc in docs:
            store.add(doc)
        officials = store.pair("RUS", "IRN")["officials"]
    russians = [o for o in officials if o["country"] == "RUS"]
    assert len(russians) == 1, officials
    assert (russians[0]["name"], russians[0]["documents"]) == ("Sergey Lavrov", 3)
