"""Values a transaction reads once and keeps (the audit head it locked, the webhook
endpoints); the chain they keep is checked whole by tests/app/test_audit.py."""

from app.context import Context
from app.db import once_a_transaction


def test_a_value_is_made_once_a_transaction_and_again_in_the_next(ctx: Context) -> None:
    made: list[int] = []

    def make() -> int:
        made.append(len(made))
        return made[-1]

    with ctx.sessions() as session:
        with session.begin():
            first = [once_a_transaction(session, "k", make) for _ in range(3)]
        with session.begin():
            second = once_a_transaction(session, "k", make)
    assert (first, second, made) == ([0, 0, 0], 1, [0, 1])
