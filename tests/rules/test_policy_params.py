"""The policy parameters: defaults from policy.toml, file errors, contract overrides."""

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from rules import Policy, load_policy
from rules.facts import Contract
from rules.policy import DEFAULT_POLICY_PATH, PolicyError

DEFAULT_TOML = DEFAULT_POLICY_PATH


def test_defaults_are_those_of_the_policy() -> None:
    policy = load_policy()

    assert policy == Policy(
        version="2026.1",
        return_window_days=30,
        damage_report_days=5,
        restocking_fee_pct=Decimal("15"),
        auto_credit_limit=Decimal("2500.00"),
        provisional_credit_on_damage=False,
        warranty_days=365,
        pricing_dispute_days=60,
        min_field_confidence=0.85,
        recount_sla_hours=48,
    )
    assert isinstance(policy.auto_credit_limit, Decimal)
    assert isinstance(policy.restocking_fee_pct, Decimal)


def test_load_from_a_given_path(tmp_path: Path) -> None:
    text = DEFAULT_TOML.read_text().replace("return_window_days = 30", "return_window_days = 45")
    path = tmp_path / "policy.toml"
    path.write_text(text)

    assert load_policy(path).return_window_days == 45


def test_missing_parameter_is_an_error(tmp_path: Path) -> None:
    lines = DEFAULT_TOML.read_text().splitlines()
    path = tmp_path / "policy.toml"
    path.write_text("\n".join(ln for ln in lines if not ln.startswith("warranty_days")))

    with pytest.raises(PolicyError, match="warranty_days"):
        load_policy(path)


def test_unknown_parameter_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(DEFAULT_TOML.read_text() + "\nreturn_windw_days = 10\n")

    with pytest.raises(PolicyError, match="return_windw_days"):
        load_policy(path)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('auto_credit_limit = "2500.00"', "auto_credit_limit = 2500.5"),
        ('auto_credit_limit = "2500.00"', 'auto_credit_limit = "lots"'),
        ("damage_report_days = 5", "damage_report_days = true"),
        ("provisional_credit_on_damage = false", 'provisional_credit_on_damage = "no"'),
    ],
)
def test_wrong_kind_of_value_is_an_error(tmp_path: Path, old: str, new: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(DEFAULT_TOML.read_text().replace(old, new))

    with pytest.raises(PolicyError):
        load_policy(path)


def test_empty_contract_changes_nothing() -> None:
    policy = load_policy()

    assert policy.with_contract(Contract()) == policy


def test_contract_overrides_only_its_values() -> None:
    policy = load_policy()
    contract = Contract(
        return_window_days=60,
        damage_report_days=10,
        restocking_fee_pct=Decimal("20"),
        auto_credit_limit=Decimal("10000.00"),
        provisional_credit_on_damage=True,
    )

    assert policy.with_contract(contract) == replace(
        policy,
        return_window_days=60,
        damage_report_days=10,
        restocking_fee_pct=Decimal("20"),
        auto_credit_limit=Decimal("10000.00"),
        provisional_credit_on_damage=True,
    )


def test_contract_false_and_zero_still_override() -> None:
    policy = replace(load_policy(), provisional_credit_on_damage=True)
    contract = Contract(provisional_credit_on_damage=False, restocking_fee_pct=Decimal("0"))

    changed = policy.with_contract(contract)

    assert changed.provisional_credit_on_damage is False
    assert changed.restocking_fee_pct == Decimal("0")
    assert changed.return_window_days == policy.return_window_days
