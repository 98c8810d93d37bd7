"""A government that calls what another said or did "interference in its internal affairs" accuses
it (ACCUSE by the one who says so), in every language with the construction; rejecting ("repudiar")
another's statements is REJECT. Sentences made up."""

import pytest

from tests.lang.event_rows import check_extracted

ROWS = [
    ('en', "China's foreign ministry on Wednesday called the remarks by the United States interference in China's internal affairs.", ('CHN', 'USA')),
    ('pt', "O governo da Venezuela considerou na quarta-feira as declarações do Brasil uma ingerência nos assuntos internos do país.", ('VEN', 'BRA')),
    ('cs', "Čínské ministerstvo zahraničí ve středu označilo návštěvu českého senátora na Tchaj-wanu za vměšování do vnitřních záležitostí Číny.", ('CHN', 'CZE')),
    ('es', "El gobierno de Nicaragua calificó el miércoles las declaraciones de España como una injerencia en sus asuntos internos.", ('NIC', 'ESP')),
    ('it', "Il governo dell'Ungheria ha definito mercoledì le critiche della Germania un'ingerenza negli affari interni ungheresi.", ('HUN', 'DEU')),
    ('ro', "Ministerul rus de Externe a considerat miercuri declarațiile României drept un amestec în treburile interne.", ('RUS', 'ROU')),
    ('id', "Rusia pada Rabu menyebut pernyataan Rumania sebagai campur tangan dalam urusan dalam negeri Rusia.", ('RUS', 'ROU')),
    ('ar', "اعتبرت وزارة الخارجية الجزائرية يوم الأربعاء تصريحات فرنسا تدخلا في الشؤون الداخلية للجزائر.", ('DZA', 'FRA')),
]


@pytest.mark.parametrize("lang,text,pair", ROWS)
def test_interference_named_is_an_accusation(lang, text, pair):
    check_extracted(lang, "2023-05-11", text, [('ACCUSE', pair[0], pair[1], '2023-05-10', None)])


REJECTIONS = [
    ('pt', "O Itamaraty repudiou na quarta-feira as declarações do governo de Israel sobre o presidente Lula.", ('BRA', 'ISR')),
    ('es', "El gobierno de Argentina repudió el miércoles las declaraciones del presidente de Venezuela.", ('ARG', 'VEN')),
]


@pytest.mark.parametrize("lang,text,pair", REJECTIONS)
def test_repudiated_statements_are_rejected(lang, text, pair):
    check_extracted(lang, "2023-05-11", text, [('REJECT', pair[0], pair[1], '2023-05-10', None)])
