"""The returns policy as pure functions: facts in, decided cases and planned actions out."""

from rules.decide import decide
from rules.policy import Policy, load_policy

__all__ = ["Policy", "decide", "load_policy"]
