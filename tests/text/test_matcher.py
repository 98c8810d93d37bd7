"""The inflection-aware matcher."""

from __future__ import annotations

import pytest

from legation.text.fold import fold
from legation.text.matcher import Lexicon, morphology


@pytest.mark.parametrize("lang,phrase,text,found", [
    ("az", "Brüssel", "Görüş Brüsseldə keçirilib.", "Brüsseldə"),
    ("az", "Qazaxıstan", "Qazaxıstanın mövqeyi", "Qazaxıstanın"),
    ("tr", "Kazakistan", "Kazakistan'ın ihracatı", "Kazakistan'ın"),
    ("kk", "Қазақстан", "Қазақстанның сыртқы саясаты", "Қазақстанның"),
    ("ru", "Россия", "делегация России прибыла", "России"),
    ("ru", "Брюссель", "встреча в Брюсселе", "Брюсселе"),
    ("de", "Belgien", "die Haltung Belgiens", "Belgiens"),
    ("ru", "казахстанский", "казахстанского бизнеса", "казахстанского"),
])
def test_inflected_forms_match(lang, phrase, text, found):
    hits = Lexicon([(phrase, "x")], morphology(lang)).find(text)
    assert [text[h.start:h.end] for h in hits] == [found]


def test_a_word_that_only_starts_with_the_phrase_is_not_a_hit():
    lex = Lexicon([("Oman", "OMN")], morphology("en"))
    assert [h.start for h in lex.find("The woman spoke; Oman's envoy listened.")] == [17]
    assert lex.find("Omaner") == []


def test_cased_entries_need_a_capital():
    lex = Lexicon([("Nice", 1, True)], morphology("en"))
    assert lex.find("a nice day") == []
    assert len(lex.find("a day in Nice")) == 1


def test_morphology_union_keeps_single_suffix_languages_strict():
    assert not morphology("de", "en").accepts("se")
    assert morphology("az").accepts(fold("dakı"))


def test_a_devanagari_word_runs_on_through_its_vowel_signs():
    # "चीन" (China) is no part of "प्राचीन" (ancient), whose "ा" is a vowel sign, not a space;
    # "मंत्री" ends in a vowel sign and does not match the longer "मंत्रियों".
    lex = Lexicon([("चीन", "CHN"), ("मंत्री", "minister")], morphology("hi"))
    text = "प्राचीन काल से चीन के मंत्री और मंत्रियों ने"
    assert [text[h.start:h.end] for h in lex.find(text)] == ["चीन", "मंत्री"]


@pytest.mark.parametrize("lang,phrase,text,found", [
    ("ar", "وزير الخارجية", "التقى ووزير الخارجية بالوفد", "وزير الخارجية"),      # و + phrase
    ("ar", "روسي", "وزير الخارجية الروسي", "روسي"),                               # ال + phrase
    ("ar", "الصين", "زيارة للصين", "للصين"),                                      # ل + ال -> لل
    ("he", "רוסי", "שר החוץ הרוסי", "רוסי"),                                      # ה + phrase
])
def test_clitic_prefixes_written_onto_a_word(lang, phrase, text, found):
    hits = Lexicon([(phrase, "x")], morphology(lang)).find(text)
    assert [text[h.start:h.end] for h in hits] == [found]


def test_prefixes_of_one_language_do_not_open_words_of_another():
    assert Lexicon([("Oman", "OMN")], morphology("en")).find("woman") == []
    # A word that merely ends like a phrase is no hit, whatever its first letters.
    assert Lexicon([("سعودي", "SAU")], morphology("ar")).find("مسعودي") == []


def test_cased_entries_match_in_scripts_without_capitals():
    lex = Lexicon([("لافروف", 1, True)], morphology("ar"))
    assert len(lex.find("وقال لافروف إن")) == 1
