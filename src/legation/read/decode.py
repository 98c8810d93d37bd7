"""Bytes to text: byte-order marks, UTF-8, then legacy code pages judged by what they read as.

Binary data (images, PDFs, archives, anything with NUL bytes that is not
UTF-16/32) is refused. For legacy single-byte encodings (cp1251, koi8-r,
windows-1254, latin-1 ...) charset-normalizer proposes candidates and the
language model settles ties: the right code page is the one whose text
reads most like a language (cp1252 and cp1254 differ only in a few
Turkish letters, which a byte-statistics detector often misses).
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

# Well-known file signatures: what a user may have passed by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"RIFF", "a RIFF media file"), (b"\x7fELF", "an executable"),
    (b"WARC/", "a WARC archive (use `legation ingest` for web archives)"),
    (b"\xd0\xcf\x11\xe0", "an old office document"), (b"ID3", "an MP3 file"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Legacy code pages tried after charset-normalizer's own proposals, most common first.
_LEGACY = ("cp1252", "cp1251", "cp1254", "latin_1", "koi8_r", "cp1250", "iso8859_2", "cp1256",
           "cp1253", "cp1255", "cp1257", "iso8859_9", "mac_cyrillic", "cp866", "koi8_u")

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.I)
_CONTROL_SHARE = 0.02   # more control characters than this is not text
_SAMPLE = 20_000        # bytes judged when choosing among code pages


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v" or ch == "\ufffd")
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NULs fill every other byte of ASCII-heavy text."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if half and zeros > 0.3 * half and min(even, odd) < 0.05 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _reads_like(text: str) -> float:
    """How much `text` reads like some language (CLD2's normalised score, halved when unsure)."""
    import pycld2

    sample = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text[:_SAMPLE])
    try:
        reliable, _, details = pycld2.detect(sample.encode("utf-8", "ignore"), bestEffort=True)
    except pycld2.error:
        return 0.0
    return details[0][3] * (1.0 if reliable else 0.5)


def _legacy(data: bytes, declared: str | None) -> str | None:
    from charset_normalizer import from_bytes

    candidates: list[str] = [declared] if declared else []
    for match in from_bytes(data[:_SAMPLE]):
        # A proposal whose text matches no language's letter frequencies is a byte accident
        # (Cyrillic KOI8 bytes read as Japanese half-width katakana, say).
        if match.coherence > 0:
            candidates.append(match.encoding)
    candidates.extend(_LEGACY)
    best: tuple[float, int, str] | None = None
    seen = set()
    for rank, name in enumerate(candidates):
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in seen or codec.startswith("utf"):
            continue
        seen.add(codec)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _control_share(text) > _CONTROL_SHARE:
            continue
        score = _reads_like(text)
        if best is None or score > best[0]:
            best = (score, rank, text)
    return best[2] if best else None


def decode(data: bytes, where: str) -> str:
    """Text of `data`, or `InputError` naming `where` when it is binary or undecodable."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(where, f"binary data ({kind}), not text or HTML")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise InputError(where, f"starts with a {codec} byte-order mark but is not {codec}") from None
    if b"\x00" in data[:_SAMPLE]:
        text = _utf16_without_bom(data)
        if text is None or _control_share(text) > _CONTROL_SHARE:
            raise InputError(where, "binary data (NUL bytes), not text or HTML")
        return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _META_CHARSET.search(data[:4096])
        text = _legacy(data, declared.group(1).decode("ascii") if declared else None)
        if text is None:
            raise InputError(where, "cannot be decoded as text in any known encoding") from None
    if _control_share(text) > _CONTROL_SHARE:
        raise InputError(where, "binary data (control characters), not text or HTML")
    return text
