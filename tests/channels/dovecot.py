"""A real Dovecot IMAP server on loopback for tests (shared/notes/imap-test-server.md)."""

import imaplib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "returns@example.com", "secret"

CONFIG = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{dir}/mail/%u
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = 1
{imap_capability}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={dir}/home/%u
}}
"""


@dataclass(frozen=True)
class Dovecot:
    dir: Path
    port: int

    def client(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port)
        client.login(USER, PASSWORD)
        return client

    def append(self, message: bytes, folder: str = "INBOX") -> None:
        client = self.client()
        client.append(folder, "", imaplib.Time2Internaldate(time.time()), message)
        client.logout()

    def count(self, folder: str) -> int:
        client = self.client()
        status, data = client.select(f'"{folder}"', readonly=True)
        client.logout()
        return int(data[0]) if status == "OK" else -1

    def maildir(self) -> Path:
        return self.dir / "mail" / USER


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_dovecot(root: Path, *, move_capability: bool = True) -> Iterator[Dovecot]:
    """Start Dovecot under a folder of its own; stop it and wait for it to be gone."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    root.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    # Without MOVE the service must copy, flag and expunge only what it moved.
    capability = (
        ""
        if move_capability
        else (
            "imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT "
            "THREAD=REFERENCES UIDPLUS CHILDREN NAMESPACE"
        )
    )
    (root / "dovecot.conf").write_text(
        CONFIG.format(dir=root, port=port, imap_capability=capability)
    )
    (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir(exist_ok=True)
    subprocess.run(["chown", "-R", "dovecot:dovecot", root / "mail", root / "home"], check=True)
    os.chmod(root, 0o755)
    subprocess.run([binary, "-c", str(root / "dovecot.conf")], check=True)
    server = Dovecot(root, port)
    _wait_for(lambda: _answers(port))
    try:
        yield server
    finally:
        pid_file = root / "run" / "master.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text())
            os.kill(pid, 15)
            _wait_for(lambda: not Path(f"/proc/{pid}").exists())


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def _wait_for(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise TimeoutError("dovecot did not start or stop in time")
