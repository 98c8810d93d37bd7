"""REQUEST, ACCUSE and REJECT through the whole pipeline, in the languages that report them
most: demands made at a summons, calls for a detainee's release, a request for an alliance's
help, a state's charges against its own, refusals, and who asks whom. Each row is a sentence
written for these tests from a reported happening; the events are (type, source, target)."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _events(lang: str, published: str, text: str) -> set[tuple[str, str, str]]:
    doc = extract(text, published=published, lang=lang)
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


# Demands made when summoning an ambassador: the summoned side is asked, by the side that summons.
SUMMONS = [
    # Seoul summoned Japan's ambassador over Tokyo's claim to Dokdo (2023); the envoy is written
    # together with his country ("주한 일본대사").
    ("ko", "2023-03-29", "한국 외교부는 28일 주한 일본대사를 초치해 독도 영유권 주장을 즉각 철회할 것을 요구했다.",
     {("ACCUSE", "KOR", "JPN"), ("REQUEST", "KOR", "JPN")}),
    # The passive summons ("초치됐다") is the summoned side's: not read as the active verb too.
    ("ko", "2023-03-29", "아이보시 고이치 주한 일본대사가 28일 한국 외교부로 초치됐다.",
     {("ACCUSE", "KOR", "JPN")}),
    # Ankara summoned Sweden's ambassador over a planned Koran burning (January 2023).
    ("tr", "2023-01-22", "Türkiye, İsveç'in Ankara Büyükelçisini Dışişleri Bakanlığına çağırarak "
     "eyleme izin verilmemesi gerektiğini iletti.",
     {("ACCUSE", "TUR", "SWE"), ("REQUEST", "TUR", "SWE")}),
    ("tr", "2023-01-22", "İsveç'in Ankara Büyükelçisi Dışişleri Bakanlığına çağrıldı. "
     "Büyükelçiye, provokatif eyleme izin verilmemesi gerektiği iletildi.",
     {("ACCUSE", "TUR", "SWE"), ("REQUEST", "TUR", "SWE")}),
    # The envoy named first, the impersonal plural after: the envoy's country is summoned.
    ("ru", "2023-01-22", "Посла Латвии вызвали в МИД России и потребовали прекратить преследование соотечественников.",
     {("ACCUSE", "RUS", "LVA"), ("REQUEST", "RUS", "LVA")}),
    # Kuwait summoned Iraq's ambassador over the Khor Abdullah ruling (September 2023); "and" is
    # written onto the verb ("وطالبت").
    ("ar", "2023-09-05", "استدعت الكويت السفير العراقي وطالبت العراق باحترام الاتفاقية.",
     {("ACCUSE", "KWT", "IRQ"), ("REQUEST", "KWT", "IRQ")}),
    # Kyiv summoned Hungary's ambassador over Orbán's remarks (November 2022).
    ("uk", "2022-11-25", "Посла Угорщини викликали до МЗС України, де йому висловили протест.",
     {("ACCUSE", "UKR", "HUN")}),
]

# Calls for a detainee's release: each caller asks the detaining state.
RELEASE = [
    # Berlin, Paris and London called for Navalny's release after his arrest (January 2021).
    ("ru", "2021-01-18", "Германия, Франция и Великобритания потребовали немедленного освобождения "
     "Навального, задержанного в России.",
     {("REQUEST", "DEU", "RUS"), ("REQUEST", "FRA", "RUS"), ("REQUEST", "GBR", "RUS")}),
    # Washington demanded Evan Gershkovich's release (2023): Russia is asked, the release is only wished for.
    ("ru", "2023-04-11", "Госдепартамент США потребовал, чтобы Россия освободила журналиста Эвана Гершковича.",
     {("REQUEST", "USA", "RUS")}),
    ("en", "2023-04-11", "The State Department demanded that Russia free the American journalist Evan Gershkovich.",
     {("REQUEST", "USA", "RUS")}),
]

# A state asking an alliance for help: Tokayev asked the CSTO for help in January 2022.
ALLIANCE = [
    ("kk", "2022-01-06", "Қазақстан Президенті Қасым-Жомарт Тоқаев ҰҚШҰ-ға көмек сұрап жүгінді.",
     {("REQUEST", "KAZ", "CSTO")}),
    ("ru", "2022-01-06", "Казахстан обратился к ОДКБ за помощью.", {("REQUEST", "KAZ", "CSTO")}),
]

# Charges a state brings against its own people; a verbal attack is an accusation.
CHARGES = [
    # Istanbul's mayor was detained on corruption charges (March 2025).
    ("tr", "2025-03-20", "Türkiye'de eski bakan, yolsuzluk suçlamasıyla tutuklandı.", {("ACCUSE", "TUR", "TUR")}),
    # Russia's former deputy defence minister Timur Ivanov was charged with bribery (2024).
    ("ru", "2024-04-25", "Бывший замминистра обороны России Тимур Иванов обвиняется в получении взятки.",
     {("ACCUSE", "RUS", "RUS")}),
    # A charge against another country's citizen stays between the two countries.
    ("en", "2023-04-08", "Russia charged the American journalist Evan Gershkovich with espionage.",
     {("ACCUSE", "RUS", "USA")}),
    # Israel's foreign ministry "attacked" Spain's recognition of a Palestinian state (May 2024).
    ("he", "2024-05-28", "משרד החוץ הישראלי תקף את החלטת ספרד להכיר במדינה פלסטינית.", {("ACCUSE", "ISR", "ESP")}),
]

# Refusals: what is refused is no act of the one who refuses.
REFUSALS = [
    ("ru", "2024-01-06", "Венгрия отклонила требование ЕС.", {("REJECT", "HUN", "EU")}),
    ("ru", "2024-01-06", "Украина отвергла обвинения России, назвав их беспочвенными.", {("REJECT", "UKR", "RUS")}),
    ("uk", "2024-01-06", "Україна відкинула звинувачення Росії.", {("REJECT", "UKR", "RUS")}),
    ("en", "2024-01-06", "Hungary rejected the European Union's demand.", {("REJECT", "HUN", "EU")}),
    ("tr", "2024-01-06", "Rusya, Ukrayna'nın suçlamalarını reddetti.", {("REJECT", "RUS", "UKR")}),
]

# Who asks whom: a demand's own addressee; a genitive owner of what is condemned is no speaker.
ADDRESSEES = [
    # Seoul and Washington condemned a North Korean launch and called on the Security Council to act.
    ("ko", "2023-11-22", "한국과 미국은 북한의 탄도미사일 발사를 규탄하고 유엔 안보리에 대응을 촉구했다.",
     {("ACCUSE", "KOR", "PRK"), ("ACCUSE", "USA", "PRK"), ("REQUEST", "KOR", "UNSC"), ("REQUEST", "USA", "UNSC")}),
    # "한미 외교장관" (the two foreign ministers) condemn; North Korea does not accuse the Security Council.
    ("ko", "2023-11-22", "한미 외교장관은 북한의 탄도미사일 발사가 유엔 안보리 결의 위반이라고 규탄했다.",
     {("ACCUSE", "KOR", "PRK"), ("ACCUSE", "USA", "PRK")}),
    # "At the US's request" is no demand.
    ("ko", "2023-11-22", "북한 외무성은 유엔 안보리가 미국의 요구에 따라 회의를 소집했다고 비난했다.",
     {("ACCUSE", "PRK", "UNSC")}),
]


@pytest.mark.parametrize("lang,published,text,expected", SUMMONS + RELEASE + ALLIANCE + CHARGES + REFUSALS + ADDRESSEES)
def test_requests_accusations_and_refusals(lang: str, published: str, text: str, expected: set) -> None:
    assert _events(lang, published, text) == expected


def test_co_signers_of_a_demand_do_not_ask_each_other() -> None:
    # Washington, London and Brussels demanded Navalny's release (January 2021); whom they asked is
    # not named in the sentence.
    assert _events("ru", "2021-01-18", "Власти США, Великобритании и Евросоюза потребовали освободить Навального.") == set()


def test_a_ministry_rejects_the_accusation_it_answers() -> None:
    # Moscow accused Kyiv of a raid into Bryansk region on 2 March 2023; Kyiv's ministry ("МЗС",
    # neuter: "відкинуло") rejected it.
    text = "2 березня Росія звинуватила Україну в атаці на Брянську область. МЗС України відкинуло звинувачення Росії."
    assert _events("uk", "2023-03-08", text) == {("ACCUSE", "RUS", "UKR"), ("REJECT", "UKR", "RUS")}
