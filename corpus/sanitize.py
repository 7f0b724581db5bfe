"""The one sanitiser for untrusted article text, applied at ingest and at render.

What happens to each kind of character (docs/reliability.md has the reasons):

- CRLF and lone CR become LF; so do the other line breaks: VT, FF (page
  breaks in text from PDFs), NEL (U+0085), U+2028 and U+2029, so words on
  either side of them are never glued together.
- Whole escape sequences are removed, payload included: CSI (``ESC [`` or
  U+009B ... final byte), OSC (``ESC ]`` / U+009D, e.g. OSC 0 titles, OSC 8
  links, OSC 52 clipboard writes), DCS, SOS, PM and APC (``ESC P X ^ _`` and
  their 8-bit forms) up to BEL or ST; an unterminated string sequence ends at
  the end of its line. Other escapes (``ESC ( B``, ``ESC c``) go too.
- Remaining C0 controls except newline and tab, DEL and C1 (U+0080-U+009F)
  are dropped.
- Bidi controls that can reorder what is shown (embeddings, overrides,
  isolates, and the marks LRM/RLM/ALM) are replaced by a visible marker such
  as ``⟨RLO⟩``, so a reader sees that the text tried to reorder itself.
- Invisible characters that carry no text but can hide words from search
  (zero-width space, word joiner, soft hyphen, stray BOMs, tag characters
  outside emoji flags, invisible operators) are dropped. Zero-width joiner
  and non-joiner and variation selectors stay: names in many scripts and
  emoji need them.
- Lone surrogates (which cannot be written as UTF-8) become U+FFFD.

The result contains none of the characters acted on, so sanitising clean text
again changes nothing: render-time sanitising never moves an offset.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

BIDI_MARKERS: dict[str, str] = {
    "\u202a": "⟨LRE⟩",
    "\u202b": "⟨RLE⟩",
    "\u202c": "⟨PDF⟩",
    "\u202d": "⟨LRO⟩",
    "\u202e": "⟨RLO⟩",
    "\u2066": "⟨LRI⟩",
    "\u2067": "⟨RLI⟩",
    "\u2068": "⟨FSI⟩",
    "\u2069": "⟨PDI⟩",
    "\u200e": "⟨LRM⟩",
    "\u200f": "⟨RLM⟩",
    "\u061c": "⟨ALM⟩",
}

# Invisible, content-free characters that can split a word so search misses it.
_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator
    "\u200b"  # zero-width space
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u206a-\u206f"  # deprecated format controls
    "\ufeff"  # BOM / zero-width no-break space inside text
    "\ufff9-\ufffb"  # interlinear annotation controls
)
_EMOJI_TAG_SEQUENCE = "\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"  # subdivision flags
_TAGS = "[\U000e0000-\U000e007f]"

_STRING_INTRODUCER = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])"
_STRING_END = r"(?:\x07|\x1b\\|\x9c|(?=\n)|\Z)"
_ESCAPE_SEQUENCE = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: params, intermediates, final
    rf"|{_STRING_INTRODUCER}[^\n]*?{_STRING_END}"  # OSC, DCS, SOS, PM, APC + payload
    r"|\x1b[ -/]*[0-~]?"  # any other escape, or a bare ESC
)
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
_SURROGATE = "[\ud800-\udfff]"

# One C-level pass per kind (no Python callback per match): a 10 MB line full of
# escapes must sanitise in a fraction of a second. Escapes go first, so a
# payload is removed whole before its characters could be judged one by one.
_NEWLINES = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")  # pdftotext ends pages with \f
_ESCAPES = re.compile(_ESCAPE_SEQUENCE, re.DOTALL)
_CONTROLS = re.compile(_CONTROL)
_INVISIBLES = re.compile(f"[{_INVISIBLE}]")
_TAG_CHARS = re.compile(_TAGS)
_TAGS_OUTSIDE_FLAGS = re.compile(f"({_EMOJI_TAG_SEQUENCE})|{_TAGS}")
_SURROGATES = re.compile(_SURROGATE)
_BIDI_TABLE = {ord(control): marker for control, marker in BIDI_MARKERS.items()}
# Anything the sanitiser might act on; text without any of it is returned as is.
_SUSPECT = re.compile(
    f"[\r\u2028\u2029\x00-\x08\x0b-\x1f\x7f-\x9f{''.join(BIDI_MARKERS)}{_INVISIBLE}]|{_TAGS}|{_SURROGATE}"
)


@dataclass(slots=True)
class SanitizeReport:
    """How many of each kind of thing the sanitiser changed (for ingest warnings)."""

    escape_sequences: int = 0
    controls: int = 0
    bidi: Counter[str] = field(default_factory=Counter)  # marker name -> count
    invisible: int = 0
    surrogates: int = 0

    def changed(self) -> bool:
        return bool(self.escape_sequences or self.controls or self.bidi or self.invisible or self.surrogates)

    def describe(self) -> list[str]:
        """One short phrase per kind of change, for a one-line warning."""
        parts = []
        if self.escape_sequences:
            parts.append(f"{self.escape_sequences} terminal escape sequence(s) removed")
        if self.controls:
            parts.append(f"{self.controls} control character(s) removed")
        if self.bidi:
            names = ", ".join(f"{name} x{count}" for name, count in sorted(self.bidi.items()))
            parts.append(f"{sum(self.bidi.values())} bidi control(s) shown as markers ({names})")
        if self.invisible:
            parts.append(f"{self.invisible} invisible character(s) removed")
        if self.surrogates:
            parts.append(f"{self.surrogates} unpaired surrogate(s) replaced with U+FFFD")
        return parts


def _drop_tags(text: str) -> tuple[str, int]:
    """Drop tag characters except inside emoji subdivision flags (rare: a slow path is fine)."""
    if _TAG_CHARS.search(text) is None:
        return text, 0
    dropped = 0

    def keep_flags(match: re.Match[str]) -> str:
        nonlocal dropped
        if match.group(1):
            return match.group(1)
        dropped += 1
        return ""

    return _TAGS_OUTSIDE_FLAGS.sub(keep_flags, text), dropped


def sanitize_with_report(text: str) -> tuple[str, SanitizeReport]:
    """Sanitise ``text`` and say what was changed (used at ingest)."""
    report = SanitizeReport()
    if _SUSPECT.search(text) is None:
        return text, report
    text = _NEWLINES.sub("\n", text)
    text, report.escape_sequences = _ESCAPES.subn("", text)
    text, report.controls = _CONTROLS.subn("", text)
    for control, marker in BIDI_MARKERS.items():
        if count := text.count(control):
            report.bidi[marker[1:-1]] = count
    if report.bidi:
        text = text.translate(_BIDI_TABLE)
    text, report.invisible = _INVISIBLES.subn("", text)
    text, tags = _drop_tags(text)
    report.invisible += tags
    text, report.surrogates = _SURROGATES.subn("\ufffd", text)
    return text, report


def sanitize_text(text: str) -> str:
    """Return ``text`` safe to store and show: no control or escape sequences.

    Idempotent, and the identity on text that is already clean, so calling it
    again at render time is always safe and cheap.
    """
    return sanitize_with_report(text)[0]


_UNSAFE_CHAR = re.compile(
    f"[\n\t\r\u2028\u2029\x00-\x08\x0b-\x1f\x7f-\x9f{''.join(BIDI_MARKERS)}{_INVISIBLE}]|{_TAGS}|{_SURROGATE}"
)


def escape_unsafe(text: str) -> str:
    """``text`` on one line with every character the sanitiser acts on spelled out
    (``\\x1b``, ``\\u202e``, ``\\n``): for names that must stay recognisable, such as
    a file path in a message. Lone surrogates (undecodable bytes in a file name)
    are spelled out too, so the result can always be printed and stored."""
    if _UNSAFE_CHAR.search(text) is None:
        return text
    return _UNSAFE_CHAR.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def sanitize_line(text: str) -> str:
    """Sanitise text meant for one line (titles, table cells, notifications)."""
    return " ".join(sanitize_text(text).split())


_JSON_UNSAFE = re.compile(f"[\x7f-\x9f\u2028\u2029{''.join(BIDI_MARKERS)}{_INVISIBLE}]|{_TAGS}")


def _json_escape(match: re.Match[str]) -> str:
    data = match.group().encode("utf-16-be")
    return "".join(f"\\u{int.from_bytes(data[i : i + 2], 'big'):04x}" for i in range(0, len(data), 2))


def escape_json_unsafe(json_text: str) -> str:
    """JSON text with every C1 control, DEL, bidi control, line separator and
    invisible character written as a ``\\uXXXX`` escape. JSON encoders escape C0
    controls (ESC included) but pass these through as raw bytes, which a terminal
    showing the file would act on; escaped, the decoded data stays exactly as stored.
    Such characters only occur inside JSON strings, so the result is valid JSON."""
    return _JSON_UNSAFE.sub(_json_escape, json_text)
