"""Ukrainian events of kinds the held-out cases found missing: leaders arriving in Kyiv together
(each visits Ukraine; an anniversary of the invasion named beside it is no attack), a state
withdrawing an ambassador's accreditation and cutting an embassy's staff (SANCTION), the EU's
facility for Ukraine (AID from the Union, also when the European Council approves it) and
Ukraine's thanks (SUPPORT). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Kyiv, 24 February 2024: the prime ministers of Italy, Canada and Belgium arrived together.
    ("uk", "2024-02-25",
     "Прем'єр-міністри Італії, Канади та Бельгії прибули до Києва разом у суботу, у другу річницю "
     "повномасштабного вторгнення.",
     [("CONSULT", "ITA", "UKR", "2024-02-24", "Kyiv"), ("CONSULT", "CAN", "UKR", "2024-02-24", "Kyiv"),
      ("CONSULT", "BEL", "UKR", "2024-02-24", "Kyiv")]),
    # Kyiv, September 2022: Ukraine withdrew the Iranian ambassador's accreditation over drone supplies.
    ("uk", "2022-09-23",
     "Україна позбавляє акредитації посла Ірану та скорочує штат посольства Ірану в Києві.",
     [("SANCTION", "UKR", "IRN", "2022-09-23", "Kyiv")]),
    # Brussels, 1 February 2024: the European Council agreed the EUR 50 billion Ukraine Facility.
    ("uk", "2024-02-02",
     "Європейська рада схвалила Ukraine Facility обсягом 50 млрд євро. Україна вдячна Європейському Союзу.",
     [("AID", "EU", "UKR", "2024-02-02", None), ("SUPPORT", "UKR", "EU", "2024-02-02", None)]),
]

test_kinds_s8 = table(check_extracted, ROWS)
