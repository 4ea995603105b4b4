"""The license knowledge base and card-metadata reading.

    classify(record) -> LicenseClass
    classify_fields(license, licenses=(), license_name=None, license_link=None) -> LicenseClass
    license_info(id) -> LicenseInfo | None
    all_license_ids() -> tuple[str, ...]

The table itself is data (`licenses.json` next to this file); see `kb.py` for its shape.
"""

from __future__ import annotations

from license_gate.knowledge.classify import NOTHING_DECLARED, classify, classify_fields, combine
from license_gate.knowledge.kb import Condition, LicenseInfo, all_license_ids, license_info

__all__ = [
    "NOTHING_DECLARED",
    "Condition",
    "LicenseInfo",
    "all_license_ids",
    "classify",
    "classify_fields",
    "combine",
    "license_info",
]
