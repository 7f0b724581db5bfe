"""The log of `factscope serve` (both modes): one line per event on stderr, with a time."""

from __future__ import annotations

import logging
import sys

log = logging.getLogger("factscope.serve")


def configure_logging(stream=None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("factscope serve: %(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    log.propagate = False
