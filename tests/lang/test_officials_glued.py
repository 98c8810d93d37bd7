"""What stands glued to a name is none of it (stages/_complements.py): a title's complement or an
organisation before the name, a ministry's portfolio read alone as a name, a place's compound or a
capital after the name; and a leader's local rendering gets the office-holders table's spelling.

Texts are invented (Ada Quill, Tomas Varga) or from the public record."""

from .entity_rows import check_officials
from .table import table

# The last words of a title or an organisation glued to the front of a name.
GLUED_BEFORE = [
    ("en", "LONDON — Chancellor of the Exchequer Ada Quill met Ukraine's finance minister on Monday.",
     [("Ada Quill", "chancellor", "GBR")]),
    ("it", "ROMA — Il ministro della Difesa Ada Quill ha incontrato ieri il suo omologo francese.",
     [("Ada Quill", "minister", "ITA")]),
    ("es", "La ministra de Hacienda Ada Quill presentó el presupuesto en Madrid.",
     [("Ada Quill", "minister", None)]),
    ("id", "Ketua Umum PSSI Ada Quilla bertemu dengan Presiden FIFA di Jakarta pada hari Senin.",
     [("Ada Quilla", "head", None)]),
    ("ru", "Глава ГТУ КНР Ада Квилл провела переговоры в Москве.",
     [("Ada Kvill", "head", None)]),
    ("ko", "더불어민주당 이재명 대표는 월요일 서울에서 미국 대사를 만났다.",
     [("Lee Jae-myung", "head", "KOR")]),
    # An energy company in the genitive, with no connector, before its chief's name.
    ("ru", "Глава Газпрома Алексей Миллер прибыл в Пекин.", [("Aleksey Miller", "head", None)]),
    ("uk", "Голова Нафтогазу Олексій Чернишов заявив, що транзит припиниться.",
     [("Oleksii Chernyshov", "head", None)]),
    # A connector that is an article before a two-word name is no genitive: nothing is cut.
    ("el", "Το κόμμα, με επικεφαλής τον Νίκο Παππαδάκη, ανακοίνωσε ότι θα προσφύγει.",
     [("Niko Pappadaki", "head", None)]),
]

# A ministry's or minister's portfolio is no person.
PORTFOLIOS = [
    ("ro", "Ministerul Integrării Europene a anunțat un nou plan de reforme.", []),
    ("pt", "A ministra do Meio Ambiente disse nesta segunda-feira em Brasília que o desmatamento caiu.", []),
    ("pt", "BRASÍLIA — A ministra da Igualdade Racial disse que o plano será lançado em março.", []),
    # A portfolio word is no first name of a country read as a surname.
    ("id", "Presiden Joko Widodo bertemu Menteri Energi Arab Saudi di Riyadh.",
     [("Joko Widodo", "president", "IDN")]),
]

# A place's or building's compound, or a capital, right after a name.
PLACES_AFTER = [
    ("tr", "Cumhurbaşkanı Erdoğan Basra Körfezi ülkelerinin liderleriyle görüştü.",
     [("Recep Tayyip Erdoğan", "president", "TUR")]),
    ("tr", "Dışişleri Bakanı Ada Kuyu Cumhurbaşkanlığı Külliyesi'nde gazetecilere açıklama yaptı.",
     [("Ada Kuyu", "foreign minister", None)]),
    ("vi", "Chủ tịch nước Lương Cường Bắc Kinh thăm chính thức Trung Quốc.",
     [("Lương Cường", "president", None)]),
    ("id", "Menteri Luar Negeri Ada Quilla Istana Bogor menerima Menteri Luar Negeri Australia.",
     [("Ada Quilla", "foreign minister", None)]),
]

# A Sino-Vietnamese rendering of a leader the table knows.
LOCAL_RENDERINGS = [
    ("vi", "Thủ tướng Trung Quốc Lý Cường tiếp Phó Thủ tướng Trần Hồng Hà.",
     [("Li Qiang", "prime minister", "CHN"), ("Trần Hồng Hà", "deputy prime minister", "VNM")]),
    ("vi", "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị đến Hà Nội hôm thứ Hai.",
     [("Wang Yi", "foreign minister", "CHN")]),
]

# In a script with neither capitals nor vowels, a verb phrase after a title, or a name's surname
# and the verb after it, is no (second) name.
VERB_PHRASES = [
    ("fa", "این طرح مورد تایید وزیر امور خارجه قرار گرفت.", []),
    ("fa", "تهران - پیشنهاد ایران برای همکاری اقتصادی با استقبال رئیس جمهور قرار گرفت.", []),
    ("he", "שר החוץ ישראל כ\"ץ הודיע היום לעיתונאים בירושלים על המינוי.",
     [("Israel Katz", "foreign minister", "ISR")]),
]

test_glued_before = table(check_officials, GLUED_BEFORE)
test_portfolios = table(check_officials, PORTFOLIOS)
test_places_after = table(check_officials, PLACES_AFTER)
test_local_renderings = table(check_officials, LOCAL_RENDERINGS)
test_verb_phrases = table(check_officials, VERB_PHRASES)
