"""Passive receptions ("X was received / welcomed by Y", made-up sentences): the guest visits the
host, in the languages whose passive is a phrase of its own (Tajik "қабул карда шуд", Uzbek
"qabul qilindi", Persian "مورد استقبال قرار گرفت", Slavic "was received" with its auxiliary,
Romanian and Czech "welcomed"). The guest is the source, the host the target: the roles are not
turned round by the passive.
"""

from __future__ import annotations

from legation.extract import extract

from tests.lang.table import table

ROWS = [
    ("tg", "ДУШАНБЕ, 10 май. Вазири корҳои хориҷии Ӯзбекистон Бахтиёр Саидов рӯзи ҷумъа аз ҷониби "
           "Президенти Тоҷикистон Эмомалӣ Раҳмон қабул карда шуд.", "UZB", "TJK"),
    ("uz", "TOSHKENT, 10 may. Tojikiston tashqi ishlar vaziri Sirojiddin Muhriddin juma kuni O‘zbekiston "
           "Prezidenti Shavkat Mirziyoyev tomonidan qabul qilindi.", "TJK", "UZB"),
    ("kk", "АСТАНА, 10 мамыр. Қырғызстан Сыртқы істер министрі Жээнбек Кулубаев жұма күні Қазақстан "
           "Президенті Қасым-Жомарт Тоқаев тарапынан қарсы алынды.", "KGZ", "KAZ"),
    ("ky", "БИШКЕК, 10 май. Казакстандын тышкы иштер министри Мурат Нуртлеу жума күнү Кыргызстандын "
           "Президенти Садыр Жапаров тарабынан тосуп алынды.", "KAZ", "KGZ"),
    ("az", "BAKI, 10 may. Gürcüstanın xarici işlər naziri İlya Darçiaşvili cümə günü Azərbaycan Prezidenti "
           "İlham Əliyev tərəfindən qarşılanıb.", "GEO", "AZE"),
    ("uk", "КИЇВ, 10 травня. Міністр закордонних справ Польщі Радослав Сікорський був прийнятий "
           "Президентом України Володимиром Зеленським у п'ятницю.", "POL", "UKR"),
    ("be", "МІНСК, 10 мая. Міністр замежных спраў Кітая Ван І быў прыняты Прэзідэнтам Беларусі "
           "Аляксандрам Лукашэнкам у пятніцу.", "CHN", "BLR"),
    ("bg", "СОФИЯ, 10 май. Министърката на външните работи на Австрия Беате Майнл-Райзингер беше посрещната "
           "от президента на България Румен Радев в петък.", "AUT", "BGR"),
    ("sr", "БЕОГРАД, 10. маја. Министар спољних послова Мађарске Петер Сијарто је примљен код "
           "председника Србије Александра Вучића у петак.", "HUN", "SRB"),
    ("sr", "BEOGRAD, 10. maja. Ministar spoljnih poslova Mađarske Peter Sijarto je dočekan u Beogradu od "
           "strane predsednika Srbije Aleksandra Vučića u petak.", "HUN", "SRB"),
    ("fa", "تهران، ۱۰ مه. وزیر امور خارجه عراق فواد حسین روز جمعه از سوی رئیس‌جمهور ایران مورد استقبال "
           "قرار گرفت.", "IRQ", "IRN"),
    ("ro", "BUCUREȘTI, 10 mai. Ministrul de externe al Moldovei, Mihai Popșoi, a fost întâmpinat de "
           "președintele României, Klaus Iohannis, vineri.", "MDA", "ROU"),
    ("cs", "PRAHA, 10. května. Slovenský ministr zahraničí Juraj Blanár byl v pátek přivítán českým "
           "prezidentem Petrem Pavlem.", "SVK", "CZE"),
]


def check_reception(lang: str, text: str, guest: str, host: str) -> None:
    doc = extract(text, published="2024-05-10", lang=lang)
    assert {(e.type, e.source.code, e.target.code, e.date) for e in doc.events} == \
        {("CONSULT", guest, host, "2024-05-10")}


test_passive_receptions = table(check_reception, ROWS)


# A law or a resolution "adopted" (the same verb in several of these languages) is no reception.
ADOPTED = [
    ("uz", "TOSHKENT, 10 may. Qozog‘iston bilan chegarani demarkatsiya qilish to‘g‘risidagi qonun Oliy "
           "Majlisda qabul qilindi."),
    ("tg", "ДУШАНБЕ, 10 май. Қонун дар бораи шартномаи марзӣ бо Қирғизистон дар Маҷлиси Олӣ қабул карда шуд."),
    ("bg", "СОФИЯ, 10 май. Законът за ратифициране на договора с Гърция беше приет от парламента на България."),
    ("be", "МІНСК, 10 мая. Пастанова аб пагадненні з Расіяй была прынятая парламентам Беларусі."),
]


def check_no_event(lang: str, text: str) -> None:
    assert extract(text, published="2024-05-10", lang=lang).events == []


test_adopted_is_no_reception = table(check_no_event, ADOPTED)
