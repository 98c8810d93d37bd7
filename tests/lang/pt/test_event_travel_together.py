"""Leaders who travel together to a capital ("viajaram juntos a Kiev") each visit it and each
assure its president of support. Sentences made up."""

from ..event_rows import check_extracted


def test_leaders_travelling_together_each_visit_and_support():
    text = ("Os primeiros-ministros da Polônia, da República Tcheca e da Eslovênia viajaram juntos a Kiev nesta "
            "terça-feira e garantiram ao presidente Volodymyr Zelensky o apoio da União Europeia.")
    expected = [(t, s, 'UKR', '2022-03-15', 'Kyiv') for t in ('CONSULT', 'SUPPORT') for s in ('POL', 'CZE', 'SVN')]
    check_extracted('pt', "2022-03-16", text, expected)
