"""The policy parameters (spec/policy.md), their defaults and contract overrides."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from rules.facts import Contract

DEFAULT_POLICY_PATH = Path(__file__).with_name("policy.toml")

T = TypeVar("T")


class PolicyError(ValueError):
    """The policy file is missing a parameter or holds a value of the wrong kind."""


@dataclass(frozen=True)
class Policy:
    """The parameters every rule reads; money and percentages as Decimal."""

    version: str
    return_window_days: int
    damage_report_days: int
    restocking_fee_pct: Decimal
    auto_credit_limit: Decimal
    provisional_credit_on_damage: bool
    warranty_days: int
    pricing_dispute_days: int
    min_field_confidence: float
    recount_sla_hours: int

    def with_contract(self, contract: Contract) -> Policy:
        """Return this policy with the contract's non-None values put in."""
        return replace(
            self,
            return_window_days=_pick(contract.return_window_days, self.return_window_days),
            damage_report_days=_pick(contract.damage_report_days, self.damage_report_days),
            restocking_fee_pct=_pick(contract.restocking_fee_pct, self.restocking_fee_pct),
            auto_credit_limit=_pick(contract.auto_credit_limit, self.auto_credit_limit),
            provisional_credit_on_damage=_pick(
                contract.provisional_credit_on_damage, self.provisional_credit_on_damage
            ),
        )


def _pick(override: T | None, default: T) -> T:
    """Return the override unless it is None."""
    return default if override is None else override


def load_policy(path: Path | None = None) -> Policy:
    """Read the policy from a TOML file (default: the policy.toml beside this module)."""
    source = path or DEFAULT_POLICY_PATH
    with source.open("rb") as handle:
        data = tomllib.load(handle)
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise PolicyError(f"{source}: unknown policy parameters: {', '.join(unknown)}")
    return Policy(
        version=_str(data, "version"),
        return_window_days=_int(data, "return_window_days"),
        damage_report_days=_int(data, "damage_report_days"),
        restocking_fee_pct=_decimal(data, "restocking_fee_pct"),
        auto_credit_limit=_decimal(data, "auto_credit_limit"),
        provisional_credit_on_damage=_bool(data, "provisional_credit_on_damage"),
        warranty_days=_int(data, "warranty_days"),
        pricing_dispute_days=_int(data, "pricing_dispute_days"),
        min_field_confidence=_float(data, "min_field_confidence"),
        recount_sla_hours=_int(data, "recount_sla_hours"),
    )


_FIELDS = frozenset(Policy.__dataclass_fields__)


def _get(data: dict[str, Any], key: str) -> object:
    """Return a parameter's raw value, or fail if it is missing."""
    if key not in data:
        raise PolicyError(f"policy parameter {key} is missing")
    value: object = data[key]
    return value


def _str(data: dict[str, Any], key: str) -> str:
    """Read a text parameter."""
    value = _get(data, key)
    if not isinstance(value, str):
        raise PolicyError(f"policy parameter {key} must be text")
    return value


def _int(data: dict[str, Any], key: str) -> int:
    """Read a whole-number parameter."""
    value = _get(data, key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(f"policy parameter {key} must be a whole number")
    return value


def _bool(data: dict[str, Any], key: str) -> bool:
    """Read a true/false parameter."""
    value = _get(data, key)
    if not isinstance(value, bool):
        raise PolicyError(f"policy parameter {key} must be true or false")
    return value


def _float(data: dict[str, Any], key: str) -> float:
    """Read a fractional parameter."""
    value = _get(data, key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PolicyError(f"policy parameter {key} must be a number")
    return float(value)


def _decimal(data: dict[str, Any], key: str) -> Decimal:
    """Read an exact decimal parameter, given as text ("2500.00") or a whole number."""
    value = _get(data, key)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise PolicyError(f"policy parameter {key} must be a quoted decimal or a whole number")
    try:
        number = Decimal(str(value))
    except InvalidOperation as error:
        raise PolicyError(f"policy parameter {key} is not a decimal number") from error
    if not number.is_finite():
        raise PolicyError(f"policy parameter {key} is not a finite number")
    return number
