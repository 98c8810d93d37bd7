"""People named after (or right before) their role in Arabic, Persian, Georgian, Korean and
Chinese: titles and honorifics, role words that are no name, a weekday that is no city.

Texts written for these tests from reported happenings: the Saudi-Iranian agreement signed in
Beijing (March 2023), the Arab League summit in Jeddah (May 2023), Raisi at the SCO summit in
Dushanbe (September 2021), Nika Melia's detention in Tbilisi (February 2021), Choi Sang-mok's
talks with Scott Bessent (April 2025), Nicholas Burns in Beijing (2023).
"""

from __future__ import annotations

from legation import extract


def _people(doc):
    return {e.name: e for e in doc.entities if e.kind == "person"}


def _places(doc):
    return {e.name for e in doc.entities if e.kind == "place"}


def test_role_words_after_a_role_are_no_person_and_the_officials_are_found():
    text = ("دبیر شورای عالی امنیت ملی علی شمخانی روز جمعه در پکن با مساعد العیبان، مشاور امنیت ملی "
            "عربستان سعودی، توافق‌نامه‌ای را امضا کرد.")
    people = _people(extract(text, lang="fa", published="2023-03-10"))
    assert set(people) == {"Ali Shamkhani", "Musaed Al-Aiban"}
    assert people["Ali Shamkhani"].country == "IRN"
    assert people["Musaed Al-Aiban"].country == "SAU"


def test_a_persian_name_right_before_its_role_without_a_comma():
    text = ("حسین امیرعبداللهیان وزیر امور خارجه کشورمان روز دوشنبه در تهران با فیصل بن فرحان وزیر خارجه "
            "عربستان سعودی دیدار کرد.")
    doc = extract(text, lang="fa", published="2023-06-17")
    people = _people(doc)
    assert set(people) == {"Hossein Amirabdollahian", "Faisal bin Farhan Al Saud"}
    assert people["Faisal bin Farhan Al Saud"].country == "SAU"
    # "دوشنبه" is Monday here, not Dushanbe.
    assert _places(doc) == {"Tehran"}


def test_a_title_between_role_and_name_and_an_unknown_name_before_a_role_is_no_person():
    text = "رهبر انقلاب اسلامی آیت‌الله سید علی خامنه‌ای در دیدار با ولادیمیر پوتین رئیس جمهور روسیه گفت."
    people = _people(extract(text, lang="fa", published="2022-07-19"))
    assert people["Ali Khamenei"].role == "supreme leader"
    assert [m.text for m in people["Ali Khamenei"].mentions] == ["علی خامنه\u200cای"]
    # A run right before a role, with no comma, that the table does not know is left alone.
    text = "سفر رسمی هیئت اقتصادی وزیر امور خارجه به مسکو انجام شد."
    assert _people(extract(text, lang="fa", published="2022-07-19")) == {}


def test_arabic_honorifics_and_name_particles():
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود في جدة اليوم. "
            "وأكد الأمين العام لجامعة الدول العربية أحمد أبو الغيط أن القمة ستبحث الأزمة في السودان.")
    people = _people(extract(text, lang="ar", published="2023-05-19"))
    king = people["Salman bin Abd al-Aziz Al Saud"]
    assert (king.role, king.country) == ("king", "SAU")
    assert [m.text for m in king.mentions] == ["سلمان بن عبد العزيز آل سعود"]
    assert people["Ahmed Aboul Gheit"].country == "LAS"
    assert len(people) == 2


def test_georgian_names_end_before_a_common_noun_and_no_ordinal_opens_one():
    text = ("თბილისის საქალაქო სასამართლომ ოპოზიციური პარტიის თავმჯდომარე ნიკა მელია გირაოს გადაუხდელობის "
            "გამო წინასწარ პატიმრობაში გადაიყვანა. პრემიერ-მინისტრმა ირაკლი ღარიბაშვილმა განაცხადა, რომ "
            "კანონი ყველასთვის თანაბარია.")
    people = _people(extract(text, lang="ka", published="2021-02-23"))
    assert [m.text for p in people.values() for m in p.mentions if "მელია" in m.text] == ["ნიკა მელია"]
    assert people["Irakli Gharibashvili"].country == "GEO"
    text = "ყოფილი პრეზიდენტი ციხიდან მეორე საავადმყოფოში გადაიყვანეს."
    assert _people(extract(text, lang="ka", published="2023-05-12")) == {}


def test_foreign_names_in_hangul_and_han_get_their_usual_spelling():
    text = "최상목 경제부총리 겸 기획재정부 장관은 스콧 베선트 미국 재무장관과 화상 면담을 가졌다."
    people = _people(extract(text, lang="ko", published="2025-04-25"))
    assert set(people) == {"Choi Sang-mok", "Scott Bessent"}
    assert people["Scott Bessent"].country == "USA"
    text = "美国驻华大使伯恩斯星期四在北京会见了中国外交部副部长谢锋。伯恩斯表示，美方愿意保持沟通。"
    people = _people(extract(text, lang="zh", published="2023-05-10"))
    burns = next(p for name, p in people.items() if name.endswith("Burns"))
    assert burns.country == "USA" and [m.text for m in burns.mentions] == ["伯恩斯", "伯恩斯"]


def test_a_place_genitive_or_a_ministry_is_no_part_of_a_name():
    # Rishi Sunak in Kyiv (November 2022); Carola Schouten and the farmers' protest (October 2019).
    text = "Прем'єр-міністр Великої Британії Ріші Сунак прибув до Києва, де зустрівся з президентом України."
    people = _people(extract(text, lang="uk", published="2022-11-19"))
    assert people["Rishi Sunak"].country == "GBR"
    assert [m.text for m in people["Rishi Sunak"].mentions] == ["Ріші Сунак"]
    text = "Premier Mark Rutte en Carola Schouten van Landbouw spraken met de boeren in Den Haag."
    people = _people(extract(text, lang="nl", published="2019-10-01"))
    assert "Carola Schouten" in people
    assert [m.text for m in people["Carola Schouten"].mentions] == ["Carola Schouten"]
