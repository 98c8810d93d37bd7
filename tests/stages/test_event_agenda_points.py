"""Points of a plan or a consensus listed after its noun ("a five-point consensus: an end of violence,
... humanitarian aid from ASEAN to Myanmar", "a roadmap that includes ...") are what was agreed or
proposed, not acts: no AID from the list. Aid told as an act is still one. Sentences made up."""

import pytest

from tests.lang.event_rows import extracted_events

POINTS = [
    ('en', "Leaders of ASEAN agreed in Jakarta on Wednesday on a five-point consensus: an immediate end to violence, dialogue among all parties and humanitarian aid from ASEAN to Myanmar."),
    ('pt', "Os líderes da ASEAN aprovaram na quarta-feira em Jacarta um consenso de cinco pontos que inclui o fim da violência e ajuda humanitária da ASEAN a Mianmar."),
    ('ro', "Liderii ASEAN au adoptat miercuri la Jakarta un consens în cinci puncte care prevede încetarea violențelor și ajutor umanitar din partea ASEAN pentru Myanmar."),
    ('cs', "Lídři ASEAN ve středu v Jakartě přijali pětibodový konsensus, který zahrnuje ukončení násilí a humanitární pomoc ASEAN pro Myanmar."),
    ('es', "Los líderes de la ASEAN aprobaron el miércoles en Yakarta un consenso de cinco puntos que incluye el fin de la violencia y ayuda humanitaria de la ASEAN a Myanmar."),
    ('fr', "Les dirigeants de l'ASEAN ont adopté mercredi à Jakarta un consensus en cinq points qui prévoit la fin des violences et une aide humanitaire de l'ASEAN à la Birmanie."),
    ('id', "Para pemimpin ASEAN di Jakarta pada Rabu menyepakati konsensus lima poin yang mencakup penghentian kekerasan, dialog antara semua pihak dan bantuan kemanusiaan dari ASEAN untuk Myanmar."),
    ('ar', "اتفق قادة آسيان في جاكرتا يوم الأربعاء على توافق من خمس نقاط يتضمن وقف العنف وتقديم مساعدات إنسانية من آسيان إلى ميانمار."),
]


@pytest.mark.parametrize("lang,text", POINTS)
def test_a_plans_listed_point_is_no_aid(lang, text):
    assert not {e for e in extracted_events(lang, "2023-05-11", text) if e[0] == "AID"}


ACTS = [
    ('en', "Japan on Wednesday announced humanitarian aid of $5 million to Myanmar, including food and medicine."),
    ('id', "Jepang pada Rabu mengumumkan bantuan kemanusiaan senilai 5 juta dolar untuk Myanmar, termasuk makanan dan obat-obatan."),
]


@pytest.mark.parametrize("lang,text", ACTS)
def test_aid_told_as_an_act_stays(lang, text):
    assert extracted_events(lang, "2023-05-11", text) == {("AID", "JPN", "MMR", "2023-05-10", None)}
