"""Bytes to text: detects the encodings people's saved files really use, or says why it can't."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass


class UnreadableInput(Exception):
    """Raised with a sentence a person understands; the file goes to quarantine with it."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_HIGH_RUN = re.compile(rb"[\xc0-\xff]{3,}")
_NOT_LETTER = re.compile(r"[\W\d_]+")  # the complement of a letter, [^\W\d_]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position of ASCII text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _single_byte(data: bytes) -> Decoded:
    # Cyrillic in Windows-1251 comes as runs of bytes 0xC0–0xFF (whole words); accented
    # Latin-1 letters stand alone between ASCII letters.
    in_runs = sum(len(r) for r in _HIGH_RUN.findall(data))
    high = sum(1 for b in data if b >= 0x80)
    if high and in_runs >= 0.5 * high:
        try:
            return Decoded(data.decode("cp1251", errors="strict"), "windows-1251")
        except UnicodeDecodeError:
            pass  # byte 0x98 has no character in Windows-1251: not that encoding after all
    try:
        return Decoded(data.decode("cp1252"), "windows-1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1")


# documents and images people save by mistake: named in the quarantine reason, so that a person knows what to do
_DOCUMENT_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or other Office file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a saved article; raise UnreadableInput when the bytes are not text."""
    if not data.strip():
        raise UnreadableInput("The file is empty (no text at all).")
    for magic, what in _DOCUMENT_MAGIC:
        if data.startswith(magic):
            raise UnreadableInput(f"The file is {what}, not text: save the article as text, a web page, a feed or JSON.")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UnreadableInput(
                f"The file starts with a UTF-8 byte-order mark but byte {exc.start + 3} is not valid UTF-8."
            ) from None
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode_utf16(data[2:], enc, "utf-16")
    guessed = _looks_utf16(data)
    if guessed:
        return _decode_utf16(data, guessed, guessed)
    if b"\x00" in data:
        raise UnreadableInput("The file is binary, not text (it contains NUL bytes).")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        if _has_utf8_multibyte(data):
            raise UnreadableInput(
                f"The file mixes encodings: it is mostly UTF-8 but byte {exc.start} "
                f"(0x{data[exc.start]:02x}) is not valid UTF-8, so its text cannot be trusted."
            ) from None
        decoded = _single_byte(data)
        text, encoding = decoded.text, decoded.encoding
    _reject_binary(text)
    return Decoded(text, encoding)


def _decode_utf16(data: bytes, enc: str, label: str) -> Decoded:
    if len(data) % 2:
        data = data[:-1]  # a truncated final code unit carries no character
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            f"The file looks like {label.upper()} but byte {exc.start} is not valid {label.upper()}."
        ) from None
    _reject_binary(text)
    return Decoded(text, label)


_UTF8_MULTI = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _has_utf8_multibyte(data: bytes) -> bool:
    return len(_UTF8_MULTI.findall(data)) >= 2


def _reject_binary(text: str) -> None:
    sample = text[:20000]
    if "\x00" in sample:
        raise UnreadableInput("The file is binary, not text (it contains NUL characters).")
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, 0.01 * len(sample)):
        raise UnreadableInput(
            f"The file is binary, not text ({controls} control characters in the first {len(sample)})."
        )
    letters = len(_NOT_LETTER.sub("", sample))  # counts letters without building a list of them
    if letters < 0.3 * len(sample.strip()) and len(sample.strip()) > 200:
        raise UnreadableInput("The file does not contain readable text (fewer than 30% letters).")
