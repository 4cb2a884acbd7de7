"""The key that signs session cookies: INTAKE_SECRET_KEY, or one generated for one machine.

Production sets INTAKE_SECRET_KEY (every replica the same value). The demo and the
tests set INTAKE_GENERATE_SECRET_KEY=true instead: a random key is made once in
data_dir/secret_key (mode 0600) and read from there afterwards.
"""

import os
import secrets
import stat
from pathlib import Path

from app.logs import log
from app.settings import MIN_SECRET_KEY_LENGTH, Settings, SettingsError

KEY_FILE = "secret_key"


def session_secret(settings: Settings) -> str:
    """The session signing key, or SettingsError saying how to set one."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value()
    if not settings.generate_secret_key:
        raise SettingsError(
            "INTAKE_SECRET_KEY is not set: the pages sign their session cookies with it. Set it "
            "to a long random value (python3 -c 'import secrets; print(secrets.token_urlsafe(48))'"
            "), the same on every replica; or, on a single machine (the demo), set "
            "INTAKE_GENERATE_SECRET_KEY=true to keep a generated one in the data directory."
        )
    return _generated_secret(settings.data_dir / KEY_FILE)


def _generated_secret(path: Path) -> str:
    """Read the key file, or make it: written aside, then linked in place only if still absent."""
    if path.exists():
        return _read_secret(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    aside = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(secrets.token_urlsafe(48) + "\n")
    try:
        os.link(aside, path)  # atomic: two processes starting at once agree on one key
        log.info("secret_key.generated", path=str(path))
    except FileExistsError:
        pass
    finally:
        aside.unlink()
    return _read_secret(path)


def _read_secret(path: Path) -> str:
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("secret_key.readable_by_others", path=str(path), fix=f"chmod 600 {path}")
    value = path.read_text().strip()
    if len(value) < MIN_SECRET_KEY_LENGTH:
        raise SettingsError(f"{path} holds no usable key: delete it to have a new one made")
    return value
