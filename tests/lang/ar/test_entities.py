"""Entities in ar: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("ar", "التقى الدبلوماسيون المصريون في فيينا ممثلين عن كازاخستان والاتحاد الأوروبي.",
     {"EGY", "Vienna/AUT", "KAZ", "EU"}),
    ("ar", "وصل الوفد السعودي إلى القاهرة لبحث ملفات جامعة الدول العربية.", {"SAU", "Cairo/EGY", "LAS"}),
    ("ar", "رد الكرملين على تصريحات البيت الأبيض بشأن أوكرانيا.", {"RUS", "USA", "UKR"}),
    ("ar", "بحثت روسيا والصين في بكين التعاون ضمن منظمة شنغهاي للتعاون.", {"RUS", "CHN", "Beijing/CHN", "SCO"}),
]


test_entities = table(check_entities, ROWS)
