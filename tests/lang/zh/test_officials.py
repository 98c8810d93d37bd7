"""Officials in zh: (lang, text, expected people) rows. No capitals: the name follows the role."""

from legation.extract import extract

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    # The office-holders table gives the usual Latin spelling and confirms the country.
    ("zh", "中国外交部长王毅在北京同俄罗斯外长拉夫罗夫举行会谈。王毅表示，双方应加强协作。",
     [("Wang Yi", "foreign minister", "CHN"), ("La Fuluofu", "foreign minister", "RUS")]),
    ("zh", "国家主席习近平同乌克兰总统泽连斯基通电话。",
     [("Xi Jinping", "president", "CHN"), ("Ze Liansiji", "president", "UKR")]),
    ("zh", "外交部发言人毛宁表示，中方坚决反对。", [("Mao Ning", "spokesperson", "CHN")]),
    # Role words without a name make no person.
    ("zh", "中国外交部发言人表示，中方欢迎俄罗斯外长访华。", []),
]


test_officials = table(check_officials, ROWS)


def test_heads_of_european_bodies_are_the_tables_holders():
    # A body's president ("欧盟委员会主席"), written syllable by syllable, is the one holder the
    # office-holders table gives that day, also with a particle in the surname ("冯德莱恩": von der Leyen).
    doc = extract("国家主席习近平在北京会见欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩。", lang="zh",
                  published="2023-12-07")
    people = {(e.name, e.country) for e in doc.entities if e.kind == "person"}
    assert {("Charles Michel", "EUCO"), ("Ursula von der Leyen", "EC")} <= people


def test_informal_is_no_name():
    # "领导人非正式会议": "非正式" (informal) after a role word is never a person.
    doc = extract("国家主席习近平出席亚太经合组织领导人非正式会议。", lang="zh", published="2023-11-16")
    assert [e.name for e in doc.entities if e.kind == "person"] == ["Xi Jinping"]
