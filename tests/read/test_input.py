"""Reading files and bytes: encodings decoded, bad inputs refused with the file named."""

import codecs

import pytest

from legation.errors import InputError
from legation.read import read_input, read_path
from legation.settings import Settings

RU = "Министр иностранных дел встретился с послом и обсудил двусторонние отношения и торговлю."
TR = "Dışişleri Bakanı bugün büyükelçiyle görüştü ve iki ülke arasındaki ilişkileri ele aldı."
FR = "Le ministre a rencontré l'ambassadeur à Genève pour évoquer la coopération économique."
KK = "Қазақстан Сыртқы істер министрі елшімен кездесіп, екі ел арасындағы ынтымақтастықты талқылады."


@pytest.mark.parametrize("text,data", [
    (RU, RU.encode("utf-8")),
    (RU, codecs.BOM_UTF8 + RU.encode("utf-8")),
    (KK, codecs.BOM_UTF16_LE + KK.encode("utf-16-le")),
    (TR, codecs.BOM_UTF16_BE + TR.encode("utf-16-be")),
    (FR, FR.encode("utf-16-le")),
    (RU, RU.encode("cp1251")),
    (RU, RU.encode("koi8_r")),
    (TR, TR.encode("cp1254")),
    (FR, FR.encode("latin-1")),
])
def test_bytes_are_decoded(text, data):
    assert read_input(data).raw == text


def test_html_bytes_use_their_declared_charset():
    page = f"<html><head><meta charset=\"windows-1251\"></head><body><p>{RU}</p><p>{RU}</p></body></html>"
    doc = read_input(page.encode("cp1251"))
    assert RU in doc.raw


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"),
    (b"  \n\t \n", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
    (b"text\x00with\x00\x01\x02\x03 nul bytes \x00\xff\xfe binary", "binary"),
])
def test_bad_files_name_the_file(tmp_path, content, problem):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert str(path) in str(err.value)
    assert problem in str(err.value)


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.txt"
    with pytest.raises(InputError, match="no such file") as err:
        read_path(path)
    assert str(path) in str(err.value)


def test_directory_is_not_an_article(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


def test_oversized_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(RU * 20, encoding="utf-8")
    with pytest.raises(InputError, match="too large") as err:
        read_path(path, settings=Settings(max_bytes=1000))
    assert str(path) in str(err.value)


def test_too_short_after_cleaning_names_the_input(tmp_path):
    from legation.extract import extract_path

    path = tmp_path / "short.txt"
    path.write_text("Share\nFacebook · X\n", encoding="utf-8")
    with pytest.raises(InputError, match="too short") as err:
        extract_path(path)
    assert str(path) in str(err.value)
