"""Replay a recorded decision: the same facts and policy must give the same decision."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.cases.service import latest_record
from app.cases.tables import Case
from app.errors import NotFound
from app.jsonable import from_jsonable, to_jsonable
from rules import decide
from rules.facts import ClaimFacts
from rules.policy import Policy


@dataclass(frozen=True)
class Replay:
    case_id: str
    recorded: dict[str, Any]
    replayed: dict[str, Any]

    @property
    def same(self) -> bool:
        return self.recorded == self.replayed


def replay_case(*, session: Session, case_id: str) -> Replay:
    """Decide a case again from its newest decision record and compare with what was said."""
    case = session.get(Case, case_id)
    record = latest_record(session=session, case_id=case_id)
    if case is None or record is None:
        raise NotFound(f"no decision recorded for case {case_id}")
    facts = from_jsonable(ClaimFacts, record.inputs["facts"])
    policy = from_jsonable(Policy, record.inputs["policy"])
    again = next(d for d in decide(facts, policy) if d.type.value == case.type)
    return Replay(case_id=case_id, recorded=record.outputs, replayed=to_jsonable(again))
