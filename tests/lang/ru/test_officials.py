"""Officials in ru: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ru", "Министр иностранных дел Казахстана Ержан Ашикбаев провел встречу в Астане.",
     [("Erzhan Ashikbaev", "foreign minister", "KAZ")]),
    ("ru", "Переговоры с вице-премьером правительства Турции Джевдетом Йылмазом прошли в Анкаре.",
     [("Dzhevdet Yylmaz", "deputy prime minister", "TUR")]),
    ("ru", "Посол Франции в Баку Анн Бойон вручила верительные грамоты. Бойон отметила важность визита.",
     [("Ann Boyon", "ambassador", "FRA")]),
    # Names after an instrumental role word come back to the nominative.
    ("ru", "Глава МИД Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел Узбекистана Бахтиёром Саидовым.",
     [("Murat Nurtleu", "foreign minister", "KAZ"), ("Bakhtiyor Saidov", "foreign minister", "UZB")]),
    ("ru", "Министр экономики Германии Роберт Хабек встретился с губернатором Дмитрием Артюховым.",
     [("Robert Khabek", "economy minister", "DEU"), ("Dmitry Artyukhov", "governor", None)]),
    ("ru", "Армянский коллега Сергей Копыркин отметил, что сотрудничество развивается.",
     [("Sergey Kopyrkin", "counterpart", "ARM")]),
    # A surname that is a city plus "-ев" is a surname; an indeclinable surname stays whole.
    ("ru", "Президент Казахстана Касым-Жомарт Токаев принял спецпредставителя Европейского союза Терхи Хакала.",
     [("Kassym-Jomart Tokayev", "president", "KAZ"), ("Terkhi Khakala", "special representative", "EU")]),
    ("ru", "Встреча с послом Грузии Гелой Беридзе прошла в Москве.",
     [("Gela Beridze", "ambassador", "GEO")]),
    ('ru', 'Глава МИД провёл переговоры со своим перуанским коллегой Маркосом Албукерке в Лиме.',
     [('Markos Albukerke', 'counterpart', 'PER')]),
    ('ru', 'Как сообщил министр Андрей Соколов, соглашение подпишут весной.',
     [('Andrey Sokolov', 'minister', None)]),
    # An adjectival surname in the genitive, spelled as the news spell it (-ый: Navalny).
    ('ru', 'Полиция задержала российского оппозиционера Алексея Навального в аэропорту.',
     [('Aleksey Navalny', 'opposition politician', 'RUS')]),
    ('ru', 'Встреча с оппозиционным политиком Ильёй Яшиным не состоялась.',
     [('Ilya Yashin', 'opposition politician', None)]),
    # A loose wording of the EU's foreign-policy post.
    ('ru', 'Глава европейской дипломатии Жозеп Боррель призвал стороны к сдержанности.',
     [('Josep Borrell', 'high representative', 'EU')]),
    # A leader of a country; a state body of a foreign country in the genitive is no name.
    ("ru", "Лидер КНДР Ким Чен Ын встретился с министром иностранных дел России Сергеем Лавровым.",
     [("Kim Chen Yn", "leader", "PRK"), ("Sergey Lavrov", "foreign minister", "RUS")]),
    ("ru", "Председатель Государственного совета КНДР Ким Чен Ын принял делегацию.",
     [("Kim Chen Yn", "head", "PRK")]),
]


test_officials = table(check_officials, ROWS)
