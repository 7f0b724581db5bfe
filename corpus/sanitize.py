"""The one sanitiser for untrusted article text, applied at ingest and at render.

Drops C0 controls except newline and tab, DEL, C1 controls and whole ESC
sequences (CSI, OSC, DCS, ...); normalises CRLF and lone CR to LF.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC (ESC ] ... BEL or ST),
# two-char escapes (ESC + one char). Also their 8-bit C1 forms (U+009B CSI, U+009D OSC, ...).
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?            # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])     # OSC, DCS, SOS, PM, APC ...
      .*?(?:\x07|\x1b\\|\x9c|$)                  # ... up to BEL or ST (or the end)
    | \x1b[ -/]*[0-~]?                           # other escapes (ESC ( B, ESC c, ...)
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def sanitize_text(text: str) -> str:
    """Return ``text`` safe to store and show: no control or escape sequences."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)
