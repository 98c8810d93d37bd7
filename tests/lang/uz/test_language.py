"""Language identification of Uzbek texts in both scripts, beside its Turkic neighbours: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("uz", "O'zbekiston Tashqi ishlar vaziri Qozog'iston hamkasbi bilan muzokaralar o'tkazdi va tomonlar savdo hajmini oshirishga kelishib oldi."),
    ("uz", "Oʻzbekiston Prezidenti Xitoyga davlat tashrifi bilan bordi, tashrif chogʻida bir qator hujjatlar imzolandi."),
    ("uz", "Ўзбекистон Ташқи ишлар вазири Қозоғистон ҳамкасби билан музокаралар ўтказди ва томонлар савдо ҳажмини оширишга келишиб олди."),
    ("kk", "Қазақстан Сыртқы істер министрі өзбекстандық әріптесімен келіссөздер жүргізіп, тараптар сауда көлемін арттыруға келісті."),
    ("az", "Azərbaycanın xarici işlər naziri özbəkistanlı həmkarı ilə danışıqlar aparıb, tərəflər ticarət həcmini artırmağa razılaşıblar."),
    ("tr", "Türkiye Dışişleri Bakanı Özbekistanlı mevkidaşıyla görüştü ve taraflar ticaret hacmini artırma konusunda anlaştı."),
]


test_language = table(check_language, ROWS)
