"""Text -> figure claims. Pure Python, no Django import."""

from __future__ import annotations

from tracker.extraction.extract import extract_claims
from tracker.extraction.qualifiers import DEFAULT_TOLERANCES, Tolerances

EXTRACTOR_VERSION = "1.85.3"

__all__ = ["DEFAULT_TOLERANCES", "EXTRACTOR_VERSION", "Tolerances", "extract_claims"]
