"""Signing out, a new password and disabling a user end every session of the user: a copy
of the cookie taken before, replayed on another replica, opens nothing (issue 16, 5)."""

from collections.abc import Callable, Iterator

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from app.cli import main
from app.context import Context
from app.server import create_app
from app.web import SESSION_COOKIE
from tests.web.helpers import PASSWORD, add_user, csrf_of, sign_in

EMAIL = "buyer@keystonemech.com"
NEW_PASSWORD = "another long enough password"


@pytest.fixture
def replica(erp_ctx: Context) -> Iterator[TestClient]:
    """A second server over the same database, as another replica behind the balancer."""
    with TestClient(create_app(erp_ctx)) as other:
        yield other


def _copied_cookie(client: TestClient, replica: TestClient) -> None:
    """Sign in on one replica and carry the session cookie over to the other."""
    add_user(replica.app.state.context, EMAIL)  # type: ignore[attr-defined]
    assert sign_in(client, EMAIL).status_code == 303
    replica.cookies.set(SESSION_COOKIE, client.cookies[SESSION_COOKIE])
    assert replica.get("/portal").status_code == 200
    assert replica.get("/api/v1/cases").status_code == 200


def _dead(replica: TestClient) -> None:
    assert replica.get("/portal", follow_redirects=False).headers["location"].startswith("/login")
    assert replica.get("/api/v1/cases").status_code == 401


def _cli(env: dict[str, str], *args: str, stdin: str = "") -> None:
    result = CliRunner().invoke(main, list(args), input=stdin, env=env)
    assert result.exit_code == 0, result.output


def test_signing_out_ends_a_copied_cookie_on_another_replica(
    client: TestClient, replica: TestClient
) -> None:
    _copied_cookie(client, replica)
    token = csrf_of(client.get("/portal").text)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).is_redirect
    _dead(replica)
    assert sign_in(client, EMAIL).status_code == 303  # signing in again works


@pytest.mark.parametrize(
    "change",
    [
        lambda env: _cli(env, "users", "password", EMAIL, stdin=NEW_PASSWORD + "\n"),
        lambda env: _cli(env, "users", "disable", EMAIL),
    ],
    ids=["password", "disable"],
)
def test_a_new_password_or_disabling_ends_every_session(
    client: TestClient,
    replica: TestClient,
    cli_env: dict[str, str],
    change: Callable[[dict[str, str]], None],
) -> None:
    _copied_cookie(client, replica)
    change(cli_env)
    _dead(replica)
    _dead(client)


def test_users_password_sets_the_new_password_and_refuses_a_short_one(
    client: TestClient, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    add_user(erp_ctx, EMAIL)
    short = CliRunner().invoke(main, ["users", "password", EMAIL], input="short\n", env=cli_env)
    assert short.exit_code == 1
    assert "at least" in short.output
    nobody = CliRunner().invoke(
        main, ["users", "password", "no@x.example"], input=NEW_PASSWORD + "\n", env=cli_env
    )
    assert nobody.exit_code == 1
    _cli(cli_env, "users", "password", EMAIL, stdin=NEW_PASSWORD + "\n")
    assert sign_in(client, EMAIL, PASSWORD).status_code == 401
    assert sign_in(client, EMAIL, NEW_PASSWORD).status_code == 303
