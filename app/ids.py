"""Identifiers: sortable, prefixed ULIDs (req_01J…, case_01J…)."""

from ulid import ULID


def new_id(prefix: str) -> str:
    """A new identifier such as ``req_01JC…``."""
    return f"{prefix}_{ULID()}"
