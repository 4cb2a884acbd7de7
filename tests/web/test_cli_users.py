"""`intake users`: add with the password on standard input (never in argv), list, disable."""

from click.testing import CliRunner, Result
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.auth.passwords import verify_password
from app.auth.tables import User
from app.cli import main
from app.context import Context
from app.db import transaction
from tests.app.helpers import intake
from tests.web.helpers import sign_in

PASSWORD = "a long enough password"


def _add(env: dict[str, str], *args: str, password: str = PASSWORD) -> Result:
    """`intake users add ARGS` with the password typed on standard input."""
    return CliRunner().invoke(main, ["users", "add", *args], input=password + "\n", env=env)


def test_users_add_reads_the_password_from_stdin(
    erp_ctx: Context, cli_env: dict[str, str], client: TestClient
) -> None:
    result = _add(
        cli_env,
        "TMorales@keystonemech.com",
        "--role",
        "customer",
        "--customer",
        "C-1001",
        "--name",
        "Tom Morales",
    )
    assert result.exit_code == 0, result.output
    assert "added tmorales@keystonemech.com (customer, C-1001)" in result.output
    assert PASSWORD not in result.output
    with transaction(erp_ctx.sessions) as session:
        user = session.scalars(select(User)).one()
        assert (user.email, user.role, user.customer_id, user.name) == (
            "tmorales@keystonemech.com",
            "customer",
            "C-1001",
            "Tom Morales",
        )
        assert user.password_hash.startswith("$argon2id$")
        assert verify_password(user.password_hash, PASSWORD)
    assert sign_in(client, "tmorales@keystonemech.com", PASSWORD).headers["location"] == "/portal"


def test_users_add_refuses_what_cannot_work(erp_ctx: Context, cli_env: dict[str, str]) -> None:
    assert _add(cli_env, "a@b.example", "--role", "customer").exit_code == 2
    assert _add(cli_env, "a@b.example", "--role", "admin", "--customer", "C-1001").exit_code == 2
    short = _add(cli_env, "a@b.example", "--role", "admin", password="short")
    assert short.exit_code == 2
    assert "at least 12 characters" in short.output
    unknown = _add(cli_env, "a@b.example", "--role", "customer", "--customer", "C-9999")
    assert unknown.exit_code == 1
    assert "no customer C-9999" in unknown.output
    assert _add(cli_env, "not-an-email", "--role", "admin").exit_code == 1
    assert _add(cli_env, "a@b.example", "--role", "admin").exit_code == 0
    again = _add(cli_env, "A@B.example", "--role", "reviewer")
    assert again.exit_code == 1
    assert "exists already" in again.output


def test_users_list_and_disable(erp_ctx: Context, cli_env: dict[str, str]) -> None:
    _add(cli_env, "reviewer@distributor.example", "--role", "reviewer")
    _add(cli_env, "buyer@keystonemech.com", "--role", "customer", "--customer", "C-1001")
    assert intake(cli_env, "users", "disable", "Reviewer@Distributor.example").exit_code == 0
    listed = intake(cli_env, "users", "list").stdout.splitlines()
    assert listed == [
        "buyer@keystonemech.com\tcustomer\tC-1001\tactive\t-",
        "reviewer@distributor.example\treviewer\t-\tdisabled\t-",
    ]
    assert intake(cli_env, "users", "disable", "nobody@x.example").exit_code == 1
