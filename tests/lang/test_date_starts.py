"""An announced start ("from 12 June", "с 12 июня", "12 ივნისიდან", "12 Haziran'dan itibaren"): in an article
of 3 June it is this June's, not last year's, in every language's date words; a plain report of a past day
and a start more than half a year ahead stay last year's."""

from __future__ import annotations

from .date_rows import date_layer
from .table import table


def check_start(lang: str, published: str, text: str, surface: str, iso: str) -> None:
    """The date written `surface` resolves to `iso`."""
    doc = date_layer(lang, published, text)
    found = {text[d.start:d.end]: d.iso for d in doc.layers["dates"]}
    assert found.get(surface) == iso, found


P = "2025-06-03"
STARTS = [
    ("en", P, "Direct flights between the two capitals resume from 12 June.", "12 June", "2025-06-12"),
    ("en", P, "Starting June 12, citizens can enter without a visa.", "June 12", "2025-06-12"),
    ("de", P, "Die Direktflüge werden ab dem 12. Juni wieder aufgenommen.", "12. Juni", "2025-06-12"),
    ("fr", P, "Les vols directs reprennent à partir du 12 juin.", "12 juin", "2025-06-12"),
    ("es", P, "Los vuelos directos se reanudan a partir del 12 de junio.", "12 de junio", "2025-06-12"),
    ("pt", P, "Os voos diretos são retomados a partir de 12 de junho.", "12 de junho", "2025-06-12"),
    ("it", P, "I voli diretti riprendono dal 12 giugno.", "12 giugno", "2025-06-12"),
    ("ro", P, "Zborurile directe se reiau începând cu 12 iunie.", "12 iunie", "2025-06-12"),
    ("nl", P, "De rechtstreekse vluchten worden vanaf 12 juni hervat.", "12 juni", "2025-06-12"),
    ("pl", P, "Bezpośrednie loty zostaną wznowione od 12 czerwca.", "12 czerwca", "2025-06-12"),
    ("cs", P, "Přímé lety se obnoví od 12. června.", "12. června", "2025-06-12"),
    ("sr", P, "Директни летови биће обновљени од 12. јуна.", "12. јуна", "2025-06-12"),
    ("bg", P, "Директните полети се възобновяват от 12 юни.", "12 юни", "2025-06-12"),
    ("ru", P, "Прямые рейсы возобновляются с 12 июня.", "12 июня", "2025-06-12"),
    ("uk", P, "Прямі рейси відновлюються з 12 червня.", "12 червня", "2025-06-12"),
    ("be", P, "Прамыя рэйсы аднаўляюцца з 12 чэрвеня.", "12 чэрвеня", "2025-06-12"),
    ("el", P, "Οι απευθείας πτήσεις επανέρχονται από τις 12 Ιουνίου.", "12 Ιουνίου", "2025-06-12"),
    ("hu", P, "A közvetlen járatok június 12-től indulnak újra.", "június 12-től", "2025-06-12"),
    ("tr", P, "Direkt uçuşlar 12 Haziran'dan itibaren yeniden başlıyor.", "12 Haziran'dan", "2025-06-12"),
    ("az", P, "Birbaşa uçuşlar iyunun 12-dən etibarən bərpa olunur.", "iyunun 12-dən", "2025-06-12"),
    ("kk", P, "Тікелей рейстер 12 маусымнан бастап қайта ашылады.", "12 маусымнан", "2025-06-12"),
    ("ky", P, "Түз каттамдар 12-июндан баштап кайра ачылат.", "12-июндан", "2025-06-12"),
    ("uz", P, "To'g'ridan-to'g'ri reyslar 12-iyundan boshlab tiklanadi.", "12-iyundan", "2025-06-12"),
    ("tg", P, "Парвозҳои мустақим аз 12 июн барқарор мешаванд.", "12 июн", "2025-06-12"),
    ("mn", P, "Шууд нислэгүүд 6 дугаар сарын 15-наас эхлэн сэргэнэ.", "6 дугаар сарын 15-наас", "2025-06-15"),
    ("ka", P, "პირდაპირი ფრენები 12 ივნისიდან განახლდება.", "12 ივნისიდან", "2025-06-12"),
    ("hy", P, "Ուղիղ չվերթները կվերսկսվեն հունիսի 12-ից.", "հունիսի 12-ից", "2025-06-12"),
    ("fa", P, "پروازهای مستقیم از ۱۲ ژوئن از سر گرفته می‌شود.", "۱۲ ژوئن", "2025-06-12"),
    ("ar", P, "تستأنف الرحلات المباشرة اعتبارا من 12 يونيو.", "12 يونيو", "2025-06-12"),
    ("he", P, "הטיסות הישירות יתחדשו החל מ-12 ביוני.", "12 ביוני", "2025-06-12"),
    ("hi", P, "सीधी उड़ानें 12 जून से फिर शुरू होंगी।", "12 जून", "2025-06-12"),
    ("ja", P, "直行便は6月12日から再開される。", "6月12日", "2025-06-12"),
    ("ko", P, "직항편은 6월 12일부터 재개된다.", "6월 12일", "2025-06-12"),
    ("zh", P, "直航航班从6月12日起恢复。", "6月12日", "2025-06-12"),
    ("vi", P, "Các chuyến bay thẳng được nối lại từ ngày 12/6.", "12/6", "2025-06-12"),
    ("id", P, "Penerbangan langsung dibuka kembali mulai 12 Juni.", "12 Juni", "2025-06-12"),
    # Near the year's end, a start in next year's first months is next year's.
    ("en", "2025-11-20", "Citizens may enter without visas from 8 January.", "8 January", "2026-01-08"),
]

test_announced_start_looks_forward = table(check_start, STARTS)

# What stays as it was: a past report of a day after publication's (no start word), a start written of the
# past ("from ... to ..." earlier in the year), a start more than half a year ahead, a Hindi "before".
KEPT = [
    ("en", P, "The ministers met on 12 June to discuss transit.", "12 June", "2024-06-12"),
    ("en", "2025-11-20", "From 12 June to 14 June the two navies held drills.", "12 June", "2025-06-12"),
    ("en", "2025-01-03", "From 29 December the crossing was closed to trucks.", "29 December", "2024-12-29"),
    ("ru", P, "Министры встретились 12 июня.", "12 июня", "2024-06-12"),
    ("hi", P, "यह समझौता 12 जून से पहले हुआ था।", "12 जून", "2024-06-12"),
    ("tr", P, "Bakanlar 12 Haziran'da görüştü.", "12 Haziran'da", "2024-06-12"),
]

test_other_days_stay = table(check_start, KEPT)
