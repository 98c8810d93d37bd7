"""Language identification on short and mixed texts written for these tests."""

import pytest

from legation.lang.identify import identify_text

SHORT = [
    ("az", "Nazir bu gün səfirlə görüşüb və iki ölkə arasında əməkdaşlığı müzakirə edib."),
    ("tr", "Bakan bugün büyükelçiyle görüştü ve iki ülke arasındaki işbirliğini ele aldı."),
    ("kk", "Министр бүгін елшімен кездесіп, екі ел арасындағы ынтымақтастықты талқылады."),
    ("ru", "Министр сегодня встретился с послом и обсудил сотрудничество двух стран."),
    ("uk", "Міністр сьогодні зустрівся з послом і обговорив співпрацю двох країн."),
    ("uz", "Vazir bugun elchi bilan uchrashib, ikki davlat o‘rtasidagi hamkorlikni muhokama qildi."),
    ("en", "The minister met the ambassador today and discussed cooperation between the two countries."),
    ("de", "Der Minister traf heute den Botschafter und sprach über die Zusammenarbeit beider Länder."),
    ("fr", "Le ministre a rencontré aujourd'hui l'ambassadeur et a évoqué la coopération entre les deux pays."),
    ("es", "El ministro se reunió hoy con el embajador y habló de la cooperación entre los dos países."),
    ("it", "Il ministro ha incontrato oggi l'ambasciatore e ha discusso della cooperazione tra i due paesi."),
    ("pl", "Minister spotkał się dziś z ambasadorem i omówił współpracę między obydwoma krajami."),
    ("ar", "التقى الوزير اليوم بالسفير وناقش التعاون بين البلدين."),
    ("fa", "وزیر امروز با سفیر دیدار کرد و درباره همکاری دو کشور گفتگو کرد."),
    ("zh", "外交部长今天会见了大使，讨论了两国之间的合作。"),
    ("pt", "O ministro reuniu-se hoje com o embaixador e discutiu a cooperação entre os dois países."),
    ("be", "Міністр сёння сустрэўся з паслом і абмеркаваў супрацоўніцтва дзвюх краін."),
    ("ky", "Министр бүгүн элчи менен жолугуп, эки өлкөнүн ортосундагы кызматташтыкты талкуулады."),
    ("ka", "მინისტრი დღეს ელჩს შეხვდა და ორი ქვეყნის თანამშრომლობა განიხილა."),
]


@pytest.mark.parametrize("lang,text", SHORT)
def test_short_texts(lang, text):
    guess = identify_text(text)
    assert guess.code == lang
    assert 0.0 < guess.confidence <= 1.0


def test_azerbaijani_with_turkish_boilerplate():
    text = ("Gündem\nEğilimleri\nSon dakika\n"
            "Xarici işlər naziri Bakıda Gürcüstan səfiri ilə görüşüb.\n"
            "Paylaş\nEn çok okunanlar")
    assert identify_text(text).code == "az"


def test_kazakh_with_russian_menu():
    text = ("Главная\nНовости\nПоиск\n"
            "Қазақстан Сыртқы істер министрі Астанада Қырғызстан елшісімен кездесті.\n"
            "Поделиться")
    assert identify_text(text).code == "kk"


def test_ukrainian_not_russian():
    assert identify_text("Посол України зустрівся з міністром у Києві.").code == "uk"


def test_allowed_languages_restrict_the_answer():
    text = "Bakan bugün büyükelçiyle görüştü ve iki ülke arasındaki işbirliğini ele aldı."
    assert identify_text(text, allowed=("az", "en")).code in ("az", "en")


def test_no_letters_no_language():
    assert identify_text("12 345 — 678 / 90").code is None


def test_explicit_language_is_kept():
    from legation import extract

    doc = extract("The minister met the ambassador today and discussed cooperation.", lang="de",
                  until="language")
    assert doc.lang == "de" and doc.lang_confidence == 1.0
