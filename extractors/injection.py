"""Text that reads like an instruction to a model rather than a request to a person.

Every extractor mode flags it on the case (the LLM's and the built-in one's alike):
instructions inside a document change nothing, but a person should know they were there.
"""

import re

INJECTION_NOTE = "possible prompt injection in the request text"

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier"
    r"|all|your|other)\s+(?:instructions?|rules|prompts?|directions)"
    r"|\byou\s+are\s+now\b|\bsystem\s+prompt\b|\bapprove\s+(?:this|the|my|it)\b"
    r"|\bset\s+the\s+(?:quantity|qty|amount|credit|price|status)\b|\bas\s+the\s+assistant\b"
    r"|\bnew\s+instructions\s*:",
    re.IGNORECASE,
)


def looks_like_injection(text: str) -> bool:
    """Whether a text contains phrases that address a model rather than a person."""
    return _INJECTION.search(text) is not None


def injected_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of a text that read like instructions to a model."""
    spans = []
    for match in _INJECTION.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        spans.append((start, len(text) if end < 0 else end))
    return spans
