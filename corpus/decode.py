"""Bytes of a file the user gave us -> text, saying what encoding was assumed.

Order: a byte-order mark wins; then strict UTF-8; then "UTF-8 with a few bad
bytes" (a UTF-8 file with stray bytes must not be re-read as Windows-1252
mojibake); then, for ASCII text whose only other bytes are the 8-bit CSI/OSC
introducers 0x9B/0x9D, Latin-1 (they are terminal escapes, which the sanitiser
removes, not Windows-1252's "›"); then charset-normalizer's guess, leaning towards Windows-1252 when
it is about as plausible as the best guess, since it is the web's commonest
legacy encoding and charset-normalizer's tie-breaks on short news text are
poor. Undecodable bytes become U+FFFD and are counted.
Binary data (magic numbers, NUL bytes, mostly control bytes) is recognised
before any of that, so an image is refused instead of being "decoded".
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# (magic prefix, what it is). Checked at offset 0 of the file.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.epub/.odt)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh91AY&SY", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"ID3\x03", "an MP3 audio file"),
    (b"ID3\x04", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE BOM starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 65536
_BINARY_CONTROL_SHARE = 0.10  # ESC excluded: hostile text full of escapes is still text
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_C0_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ESCAPED = re.compile("[\udc80-\udcff]")  # surrogateescape's stand-ins for bad bytes
_GUESS_SAMPLE_BYTES = 256 * 1024  # enough to tell encodings apart; a 10 MB guess costs 6 s and 140 MB
_PREFERRED_LEGACY = "cp1252"
_PREFERENCE_MARGIN = 0.2  # chaos points within which Windows-1252 beats the best guess
_NEVER_GUESS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]


@dataclass(slots=True, frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    guessed: bool  # True when the encoding is a guess the user should hear about
    replaced: int  # undecodable bytes replaced by U+FFFD


class BinaryContent(ValueError):
    """The bytes are not text; ``str()`` says what they look like."""


class UnknownEncoding(ValueError):
    """The bytes' encoding cannot be worked out (or the one named is unknown)."""


def sniff_binary(head: bytes) -> str | None:
    """What binary format ``head`` (a file's first bytes) looks like, or None if text."""
    for bom, _ in _BOMS:  # UTF-16/32 text is full of NUL bytes, and is still text
        if head.startswith(bom):
            return None
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file (image, audio or video)"
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    sample = head[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return "binary data (it contains NUL bytes)"
    if sample and len(_CONTROL_BYTES.findall(sample)) > _BINARY_CONTROL_SHARE * len(sample):
        return "binary data (mostly control bytes)"
    return None


def _decode(raw: bytes, encoding: str) -> tuple[str, int]:
    try:
        text = raw.decode(encoding, "surrogateescape")
    except UnicodeDecodeError:  # UTF-16/32 errors (odd lengths, bad surrogates) are not byte-sized
        text = raw.decode(encoding, "replace")
        return text, text.count("\ufffd")
    return _ESCAPED.subn("\ufffd", text)  # one C pass, no list of a million matches


def _utf8_counts(raw: bytes) -> tuple[str, int, int]:
    text, bad = _decode(raw, "utf-8")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII characters, counted in C
    return text, bad, good


def _mostly_utf8(raw: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few stray bytes: more good multibyte characters than bad bytes."""
    # Judge a sample first: decoding 10 MB of Windows-1252 as UTF-8 means a million
    # errors (3 s, 128 MB). The cut may split one character: allow 3 bad bytes for it.
    _, bad, good = _utf8_counts(raw[:_SNIFF_BYTES])
    if good < bad - 3:
        return None
    text, bad, good = _utf8_counts(raw)
    return (text, bad) if good >= bad else None


def _guess(raw: bytes) -> str:
    from charset_normalizer import from_bytes  # only non-UTF-8 files pay for the import

    # Escape sequences read as "chaos" and sink every candidate; the guessable
    # encodings are all ASCII-compatible, so judge the text without C0 bytes.
    sample = raw[:_GUESS_SAMPLE_BYTES]
    if len(raw) > _GUESS_SAMPLE_BYTES and b"\n" in sample:  # cut where no multibyte character can be split
        sample = sample[: sample.rindex(b"\n") + 1]
    matches = list(from_bytes(_C0_BYTES.sub(b"", sample), cp_exclusion=_NEVER_GUESS))
    if not matches:
        raise UnknownEncoding("cannot work out its text encoding (is it a text file?)")
    best = matches[0]
    for match in matches:
        # Encodings that decode these bytes identically are grouped in one match.
        if _PREFERRED_LEGACY in match.could_be_from_charset and match.chaos <= best.chaos + _PREFERENCE_MARGIN:
            return _PREFERRED_LEGACY
    return best.encoding


_ASCII_BYTES = bytes(range(128))
_C1_INTRODUCERS = frozenset(b"\x9b\x9d")  # CSI, OSC: cp1252 has "›" and nothing for them
_LONE_INTRODUCER = re.compile("[\x9b\x9d](?![0-~])")


def _only_c1_introducers(raw: bytes) -> bool:
    """Are the only non-ASCII bytes 8-bit CSI/OSC introducers (0x9B, 0x9D)?"""
    return bool(set(raw.translate(None, _ASCII_BYTES)) <= _C1_INTRODUCERS)


def _declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in its first KB, if Python knows it."""
    found = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", raw[:1024], re.IGNORECASE)
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    # A page that reached us as ASCII-compatible bytes cannot be UTF-16/32 (HTML5 says: read UTF-8).
    return None if name.startswith(("utf-16", "utf-32")) else name


def decode_bytes(raw: bytes, *, encoding: str | None = None, html: bool = False) -> Decoded:
    """Decode ``raw``; ``encoding`` forces one, ``html`` honours a ``<meta charset>``."""
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise UnknownEncoding(f"unknown encoding {encoding!r}") from None
        text, replaced = _decode(raw, codec)
        return Decoded(text.removeprefix("\ufeff"), codec, False, replaced)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text, replaced = _decode(raw[len(bom) :], codec)
            return Decoded(text, codec, False, replaced)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", False, 0)
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(raw) if html else None
    if declared is not None and declared != "utf-8":
        text, replaced = _decode(raw, declared)
        return Decoded(text, declared, False, replaced)
    nearly = _mostly_utf8(raw)
    if nearly is not None:
        return Decoded(nearly[0], "utf-8", True, nearly[1])
    if _only_c1_introducers(raw):
        # Plain ASCII plus 8-bit CSI/OSC bytes is text with terminal escapes, not Windows-1252
        # with a lone "›": Latin-1 keeps them as the C1 controls they are (U+009B, U+009D), which
        # the sanitiser then removes with the sequences they open, and reports.
        # One not followed by a parameter or final byte opens nothing: it becomes U+FFFD (counted)
        # rather than letting the escape rule swallow the next word ("killed \x9b in" -> "killed n").
        text, lone = _LONE_INTRODUCER.subn("\ufffd", raw.decode("latin-1"))
        return Decoded(text, "iso8859-1", True, lone)
    codec = codecs.lookup(_guess(raw)).name
    text, replaced = _decode(raw, codec)
    return Decoded(text, codec, True, replaced)
