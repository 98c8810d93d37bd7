"""Matching inside scripts written without spaces (Han, kana), and its limits."""

from legation.text.matcher import Lexicon, Morphology


def _found(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.payloads[0]) for h in lexicon.find(text)]


LEX = Lexicon([("中国", "CHN"), ("外交部", "MFA"), ("美", "USA"), ("ロシア", "RUS"), ("UN", "UN"),
               ("俄罗斯", "RUS")], Morphology())


def test_a_name_is_found_inside_a_run_of_han():
    assert _found(LEX, "中国外交部发言人表示") == [("中国", "CHN"), ("外交部", "MFA")]
    assert _found(LEX, "他会见了俄罗斯总统") == [("俄罗斯", "RUS")]


def test_a_single_character_counts_only_standing_alone():
    assert _found(LEX, "美国和美元") == []
    assert _found(LEX, "美、日两国") == [("美", "USA")]


def test_katakana_key_does_not_run_on_into_a_longer_loan_word():
    assert _found(LEX, "ロシアの外相") == [("ロシア", "RUS")]
    assert _found(LEX, "ベロシアン") == []


def test_a_latin_key_ends_where_a_han_run_starts():
    assert _found(LEX, "UN安理会") == [("UN", "UN")]
    assert _found(LEX, "UNESCO") == []
