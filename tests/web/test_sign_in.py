"""Signing in and out: passwords, the session cookie, CSRF, roles, throttling, the key."""

import stat
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.auth.secret import session_secret
from app.auth.sessions import session_user, start_session
from app.auth.tables import User
from app.auth.users import FREE_ATTEMPTS, check_sign_in
from app.context import Context
from app.db import transaction, utcnow
from app.server import create_app
from app.settings import Settings, SettingsError
from app.web import SESSION_COOKIE
from tests.web.helpers import PASSWORD, add_user, csrf_of, sign_in


def test_a_customer_signs_in_and_lands_on_the_portal(client: TestClient, erp_ctx: Context) -> None:
    add_user(erp_ctx, "Buyer@Keystonemech.com")
    answer = sign_in(client, "  buyer@KEYSTONEMECH.com ")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/portal"
    page = client.get("/portal")
    assert page.status_code == 200
    assert "buyer@keystonemech.com" in page.text
    assert "C-1001" in page.text


def test_staff_land_on_the_review_queue(client: TestClient, erp_ctx: Context) -> None:
    add_user(erp_ctx, "reviewer@distributor.example", role="reviewer")
    answer = sign_in(client, "reviewer@distributor.example")
    assert answer.headers["location"] == "/review"
    page = client.get("/review")
    assert page.status_code == 200
    assert "<h1>Review queue</h1>" in page.text
    assert 'action="/logout"' in page.text
    assert client.get("/portal").status_code == 403


def test_a_wrong_password_or_unknown_email_is_refused_alike(
    client: TestClient, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "buyer@keystonemech.com")
    wrong = sign_in(client, "buyer@keystonemech.com", "not the password at all")
    unknown = sign_in(client, "nobody@keystonemech.com")
    assert wrong.status_code == unknown.status_code == 401
    assert "email or password is not right" in wrong.text
    assert wrong.text.count("not right") == unknown.text.count("not right") == 1
    assert (
        client.get("/portal", follow_redirects=False).headers["location"] == "/login?next=/portal"
    )


def test_the_session_cookie_is_httponly_lax_and_secure_when_configured(erp_ctx: Context) -> None:
    add_user(erp_ctx, "buyer@keystonemech.com")
    for secure in (False, True):
        settings = erp_ctx.settings.model_copy(update={"secure_cookies": secure})
        with TestClient(create_app(replace(erp_ctx, settings=settings))) as client:
            cookie = sign_in(client, "buyer@keystonemech.com").headers["set-cookie"]
        flags = [part.strip().lower() for part in cookie.split(";")]
        assert cookie.startswith(f"{SESSION_COOKIE}=")
        assert "httponly" in flags
        assert "samesite=lax" in flags
        assert ("secure" in flags) is secure
        assert f"max-age={settings.session_max_age_seconds}" in flags


def test_sign_in_without_or_with_a_wrong_csrf_token_is_refused(
    client: TestClient, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "buyer@keystonemech.com")
    client.get("/login")
    form = {"email": "buyer@keystonemech.com", "password": PASSWORD}
    assert client.post("/login", data=form).status_code == 403
    assert client.post("/login", data={**form, "csrf_token": "forged"}).status_code == 403
    assert client.get("/portal", follow_redirects=False).status_code == 303  # still signed out


def test_signing_out_needs_the_token_and_ends_the_session(
    client: TestClient, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "buyer@keystonemech.com")
    sign_in(client, "buyer@keystonemech.com")
    token = csrf_of(client.get("/portal").text)
    assert client.get("/logout").status_code == 405  # no state change on GET
    assert client.post("/logout", data={"csrf_token": "forged"}).status_code == 403
    assert client.get("/portal").status_code == 200
    out = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.headers["location"] == "/login"
    assert client.get("/portal", follow_redirects=False).status_code == 303


def test_signing_in_goes_back_to_the_page_asked_for_but_never_off_site(
    client: TestClient, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "buyer@keystonemech.com")
    form = client.get("/login?next=/portal/requests").text
    assert 'name="next" value="/portal/requests"' in form
    data = {"email": "buyer@keystonemech.com", "password": PASSWORD, "csrf_token": csrf_of(form)}
    back = client.post("/login", data={**data, "next": "/portal/requests"}, follow_redirects=False)
    assert back.headers["location"] == "/portal/requests"
    for evil in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        data["csrf_token"] = csrf_of(client.get("/login").text)  # a sign-in makes a new token
        answer = client.post("/login", data={**data, "next": evil}, follow_redirects=False)
        assert answer.headers["location"] == "/portal"


def test_a_disabled_user_cannot_sign_in_and_its_session_ends(
    client: TestClient, erp_ctx: Context
) -> None:
    add_user(erp_ctx, "buyer@keystonemech.com")
    sign_in(client, "buyer@keystonemech.com")
    assert client.get("/portal").status_code == 200
    with transaction(erp_ctx.sessions) as session:
        user = session.scalars(select(User)).one()
        user.disabled_at = utcnow()
    assert client.get("/portal", follow_redirects=False).status_code == 303
    assert sign_in(client, "buyer@keystonemech.com").status_code == 401


def test_failures_in_a_row_pause_sign_in(erp_ctx: Context) -> None:
    add_user(erp_ctx, "buyer@keystonemech.com")
    now = utcnow()
    with transaction(erp_ctx.sessions) as session:
        for _ in range(FREE_ATTEMPTS):
            assert (
                check_sign_in(
                    session=session, email="buyer@keystonemech.com", password="x", now=now
                )
                is None
            )
        # paused: even the right password is not checked now
        assert (
            check_sign_in(
                session=session, email="buyer@keystonemech.com", password=PASSWORD, now=now
            )
            is None
        )
        later = now + timedelta(minutes=1)
        user = check_sign_in(
            session=session, email="buyer@keystonemech.com", password=PASSWORD, now=later
        )
        assert user is not None
        assert (user.failed_sign_ins, user.locked_until) == (0, None)


def test_a_session_ends_with_its_lifetime_or_a_new_password(erp_ctx: Context) -> None:
    user = add_user(erp_ctx, "buyer@keystonemech.com")
    now = utcnow()
    data: dict[str, object] = {}
    start_session(data, user=user, now=now)
    day = timedelta(hours=8)
    with transaction(erp_ctx.sessions) as session:
        assert session_user(data=data, session=session, now=now, max_age=day) is not None
        late = now + day + timedelta(seconds=1)
        assert session_user(data=data, session=session, now=late, max_age=day) is None
        row = session.get(User, user.id)
        assert row is not None
        row.password_hash = "$argon2id$v=19$m=65536,t=3,p=4$changed"
        session.flush()
        assert session_user(data=data, session=session, now=now, max_age=day) is None


def test_the_secret_key_is_refused_when_a_placeholder_and_required_when_missing(
    tmp_path: Path,
) -> None:
    for placeholder in ("change-me", "k3y-2024", "please-change-me-in-production-0123456789"):
        with pytest.raises(SettingsError, match="INTAKE_SECRET_KEY") as refused:
            Settings(data_dir=tmp_path, secret_key=placeholder, _env_file=None)
        assert placeholder not in str(refused.value)
    missing = Settings(data_dir=tmp_path, _env_file=None)
    with pytest.raises(SettingsError, match="INTAKE_SECRET_KEY is not set"):
        session_secret(missing)
    key = "k" * 48
    given = Settings(data_dir=tmp_path, secret_key=key, _env_file=None)
    assert session_secret(given) == key


def test_a_generated_secret_key_is_made_once_and_readable_only_by_its_owner(
    tmp_path: Path,
) -> None:
    settings = Settings(data_dir=tmp_path / "var", generate_secret_key=True, _env_file=None)
    first = session_secret(settings)
    path = tmp_path / "var" / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) >= 32
    assert session_secret(settings) == first
    assert [p.name for p in path.parent.iterdir()] == ["secret_key"]
