"""People in scripts without capitals: the kinds of failure a user saw in Korean, Japanese, Chinese,
Arabic, Persian and Hebrew news. Names written beside a role are people only when they are names
(no district, no "incumbent", no verb form, no number), a surname alone counts when the article or
the office-holders table names its bearer, and a name is spelled as a reader expects it (a Korean
name the table lacks the press's way; a foreign name in Hangul, kana or Han as the table spells it).
The sentences are made up; the people and their offices are real on the dates given."""

from __future__ import annotations

from legation.extract import extract


def _people(text: str, published: str | None) -> list[tuple[str, str | None, str | None, list[str]]]:
    doc = extract(text, published=published)
    return [(e.name, e.role, e.country, [m.text for m in e.mentions]) for e in doc.entities if e.kind == "person"]


def _names(text: str, published: str | None) -> list[str]:
    return [p[0] for p in _people(text, published)]


# Kind 3: words beside a role that are no name.

def test_korean_standing_word_before_a_role_is_no_name() -> None:
    # "현직" (incumbent), "전임" (former), "차기" (next) stand before a role as adjectives.
    text = ("현직 대통령이 법정에 출석한 것은 이번이 처음이다. 전임 장관과 차기 총리 후보도 이날 국회에서 "
            "열린 청문회에 나란히 출석해 질의에 답했다.")
    assert _names(text, "2025-01-20") == []


def test_korean_district_and_street_before_a_role_are_no_name() -> None:
    # "종로구 청운동 대통령 관저": an address, not a foreign name of two words.
    text = ("시민 수백 명이 1일 서울 종로구 청운동 대통령 관저 앞에 모여 집회를 열었다. 경찰은 도로를 통제하고 "
            "참가자들의 안전을 관리했다고 밝혔다.")
    assert _names(text, "2024-03-01") == []


def test_korean_verb_form_before_a_role_is_no_surname() -> None:
    # "참석하고 있는 대통령": "있는" (who is) is no foreign surname; nobody in the article bears it.
    text = ("정상회의에 참석하고 있는 대통령은 이날 별도의 발언을 하지 않았다. 회의는 오후 늦게까지 이어졌고 "
            "참가국들은 공동성명 문안을 두고 협의를 계속했다.")
    assert _names(text, "2024-03-01") == []


def test_persian_number_beside_a_role_is_no_name() -> None:
    # "دو وزیر" (the two ministers), "وزیران خارجه دو کشور": a number, no name.
    text = ("عباس عراقچی، وزیر امور خارجه ایران، روز سه‌شنبه در مسقط با مقام‌های عمانی دیدار کرد. "
            "دو وزیر درباره روابط دوجانبه گفت‌وگو کردند و وزیران خارجه دو کشور بر ادامه رایزنی‌ها تأکید کردند.")
    names = _names(text, "2024-10-15")
    assert names == ["Seyed Abbas Araghchi"]


def test_arabic_visit_with_a_clitic_after_a_role_is_no_name() -> None:
    # "الرئيس الروسي بزيارة": "on a visit", a stop word under the clitic "ب", opens no name.
    text = ("يقوم الرئيس الروسي بزيارة رسمية إلى الصين تستمر يومين، يلتقي خلالها كبار المسؤولين. "
            "وقال الكرملين إن الزيارة تتناول التعاون في مجال الطاقة.")
    assert _names(text, "2024-05-16") == []


# Kind 1: a surname alone, linked to the full mention or to the table, else no person.

def test_katakana_surname_alone_is_the_table_holder_of_the_role() -> None:
    # "プーチン大統領", "バイデン大統領": no country written, the holder of the office that day whose
    # surname is spelled nearest (not a namesake whose consonants only agree).
    text = ("プーチン大統領は16日、北京を訪れ、中国の習近平国家主席と会談した。両首脳はエネルギー分野での"
            "協力拡大について意見を交わした。")
    people = _people(text, "2024-05-16")
    assert ("Vladimir Putin", "RUS") in [(p[0], p[2]) for p in people]
    text = ("バイデン大統領は5日、ホワイトハウスで声明を発表し、同盟国との連携を強める考えを示した。"
            "声明は経済安全保障にも触れた。")
    assert [(p[0], p[2]) for p in _people(text, "2023-06-05")] == [("Joe Biden", "USA")]


def test_chinese_surname_after_a_stated_country_is_its_holder() -> None:
    # "俄罗斯总统普京": the country stated, and its president that day sounds like the name.
    text = "俄罗斯总统普京16日抵达北京，开始对中国进行国事访问。双方将签署多项合作文件。"
    assert [(p[0], p[2]) for p in _people(text, "2024-05-16")] == [("Vladimir Putin", "RUS")]


def test_hangul_full_foreign_name_with_a_bare_role_is_the_table_holder() -> None:
    # "볼로디미르 젤렌스키 대통령": no country written, every name sounds like the holder's.
    text = ("볼로디미르 젤렌스키 대통령은 10일 키이우에서 기자회견을 열고 추가 지원을 요청했다. "
            "그는 방공 체계가 시급하다고 강조했다.")
    assert [(p[0], p[2]) for p in _people(text, "2023-07-10")] == [("Volodymyr Zelenskyy", "UKR")]


# Kind 2: the role after the name, with the organisation inside it.

def test_japanese_name_between_its_ministry_and_its_title() -> None:
    # "外務省の…事務次官", "中国外務省の…副報道局長": the institution before the name confirms it.
    text = ("外務省の岡野正敬事務次官は26日、中国の臨時代理大使を呼び出して抗議した。"
            "中国外務省の毛寧副報道局長は同日の記者会見で反論した。")
    people = _people(text, "2024-08-26")
    assert [(p[1], p[2], p[3]) for p in people] == [("deputy minister", "JPN", ["岡野正敬"]),
                                                    ("spokesperson", "CHN", ["毛寧"])]


def test_persian_name_before_a_role_and_its_country_without_a_comma() -> None:
    # A full name, then its role and country with no comma between: the country is stated and the
    # whole name sounds like the holder of the role for it that day.
    text = ("یادداشت تفاهم همکاری بندری در حضور محمد شیاع السودانی نخست‌وزیر عراق در بصره به امضا رسید. "
            "قرار است کار ساخت اسکله جدید تا پایان سال آغاز شود.")
    assert [(p[0], p[2]) for p in _people(text, "2024-02-11")] == [("Mohammed Shia' Al Sudani", "IRQ")]


# Kind 4: Latin spelling.

def test_korean_name_the_table_lacks_is_spelled_the_press_way() -> None:
    # A family name in its usual spelling, the given name's syllables joined by a hyphen.
    assert _names("김홍균 외교부 1차관은 러시아 대사를 불러 항의했다. 그는 유감을 표명했다.", None) == [
        "Kim Hong-gyun"]
    assert _names("박진 외교부 장관은 이날 회의를 주재했다. 회의는 두 시간 동안 이어졌다.", None) == ["Park Jin"]


def test_hebrew_bare_role_without_table_entry_serves_the_home_country() -> None:
    # "שר הביטחון ..." with no country written and a name the table does not hold: the press's own
    # country's minister.
    text = "שר הביטחון דני לוינשטיין סייר אתמול בגבול הצפון ונפגש עם מפקדי האוגדה."
    people = _people(text, "2024-01-10")
    assert [(p[1], p[2]) for p in people] == [("defence minister", "ISR")]


def test_korean_foreign_given_name_ending_like_a_particle_opens_the_name() -> None:
    # "(서울=연합뉴스) 알렉세이 이바노프 ... 총괄공사": "알렉세이" ends like a subject particle, but opens
    # the clause right before the name and role: it is the given name, and the surname alone later
    # is the same person.
    text = ("(서울=연합뉴스) 알렉세이 이바노프 주한 러시아대사관 총괄공사가 5일 외교부로 초치됐다. "
            "외교부 당국자는 이바노프 총괄공사에게 유감을 표명했다.")
    people = _people(text, None)
    assert [(p[1], p[2], p[3]) for p in people] == [("deputy chief of mission", "RUS", ["알렉세이 이바노프", "이바노프"])]


def test_korean_title_glued_to_its_office_name() -> None:
    # "외교부 북미국장", "경찰청장": a title written as one word with its bureau's or agency's name.
    text = ("정재훈 외교부 북미국장은 3일 워싱턴에서 미국 측 인사들을 만났다. 한편 윤희근 경찰청장은 "
            "이날 국회에 출석했다.")
    people = _people(text, None)
    assert [(p[0], p[1], p[2]) for p in people] == [("Jung Jae-hun", "director-general", "KOR"),
                                                    ("Yoon Hui-geun", "head", "KOR")]
    # A word that only contains such a title ("청장년층": the young and middle-aged) is none.
    assert _names("정부는 청장년층의 고용을 늘리기 위한 대책을 발표했다. 대책은 다음 달 시행된다.", None) == []


def test_hebrew_second_complement_of_a_role_is_no_part_of_the_name() -> None:
    # "שר התרבות והספורט ...": "והספורט" (and the sport) goes on the role.
    text = "שר התרבות והספורט חילי טרופר ביקר אתמול באולם הספורט החדש בבאר שבע."
    people = _people(text, "2022-03-08")
    assert [p[3] for p in people] == [["חילי טרופר"]]


def test_arabic_top_diplomat_is_a_role() -> None:
    # "كبير الدبلوماسيين الصينيين وانغ يي": the top diplomat, whom the table names.
    text = "التقى كبير الدبلوماسيين الصينيين وانغ يي في بكين وفدا سعوديا رفيع المستوى لبحث العلاقات."
    assert [(p[0], p[2]) for p in _people(text, "2023-03-10")] == [("Wang Yi", "CHN")]


def test_chinese_ambassador_resident_in_china_serves_the_country_before() -> None:
    # "日本驻华大使…": "驻华" (resident in China) is part of the title; the ambassador is Japan's.
    text = "外交部亚洲司司长约见日本驻华大使垂秀夫，提出严正交涉。双方就有关问题交换了意见。"
    assert [(p[1], p[2]) for p in _people(text, "2023-08-22")] == [("ambassador", "JPN")]
