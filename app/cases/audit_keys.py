"""The audit chain's keys: HMAC secrets kept in files outside the database, by key id.

Someone who can write to the database can recompute a plain hash chain, so each event
is sealed with an HMAC whose key the database never holds. INTAKE_AUDIT_KEY_DIR holds
one file per key, `<id>.json` (mode 0600), and `current`, naming the key new events
are sealed with. The first key is made on first use; `intake audit rotate-key` makes
the next one (old keys stay, to verify the events they sealed). Every machine that
writes events needs the same directory (a shared mount, or copied before the start).

Each key file also records `from_seq`, the chain's next event when the key was made:
from the first key's `from_seq` on, every event must be sealed with a key, so turning
the newer events back into unkeyed ones (as written before the keys) is found too.
"""

import hashlib
import hmac
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from app.db import utcnow
from app.logs import log

CURRENT = "current"


def canonical(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same text for the same content."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


class AuditKey(BaseModel):
    """One key: its id (stored with each event it seals), secret and first event."""

    id: str
    secret: str  # hex
    created_at: datetime
    from_seq: int

    def mac(self, text: str) -> str:
        """HMAC-SHA256 of the text under this key, in hex."""
        return hmac.new(bytes.fromhex(self.secret), text.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Keyring:
    """The key directory: read on each use, so a rotation elsewhere is seen at once."""

    directory: Path
    _cache: dict[str, AuditKey] = field(default_factory=dict, compare=False, repr=False)

    def current(self, *, next_seq: int) -> AuditKey:
        """The key new events are sealed with; the first one is made on first use."""
        named = self._current_id()
        if named is None:
            self._publish_first(self._make(next_seq))
            named = self._current_id()
        assert named is not None
        key = self.get(named)
        if key is None:
            raise RuntimeError(f"{self.directory / CURRENT} names {named}, which has no key file")
        return key

    def rotate(self, *, next_seq: int) -> AuditKey:
        """Make a new key and seal new events with it; the old keys stay for verifying."""
        key = self._make(next_seq)
        aside = self.directory / f".{CURRENT}.{secrets.token_hex(8)}"
        aside.write_text(key.id + "\n")
        os.replace(aside, self.directory / CURRENT)  # atomic: writers see one or the other
        log.info("audit.key_rotated", key_id=key.id)
        return key

    def get(self, key_id: str) -> AuditKey | None:
        """A key by its id, or None when the directory does not hold it."""
        if key_id in self._cache:
            return self._cache[key_id]  # a key never changes once written
        if not key_id.replace("_", "").isalnum():
            return None
        path = self.directory / f"{key_id}.json"
        if not path.is_file():
            return None
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            log.warning("audit.key_readable_by_others", path=str(path), fix=f"chmod 600 {path}")
        key = self._read(path)
        self._cache[key_id] = key
        return key

    def keyed_from(self) -> int | None:
        """The first event that must carry a key: the oldest key's from_seq (None: no key yet)."""
        seqs = [self._read(path).from_seq for path in self.directory.glob("k_*.json")]
        return min(seqs) if seqs else None

    def _current_id(self) -> str | None:
        path = self.directory / CURRENT
        return path.read_text().strip() if path.is_file() else None

    def _make(self, next_seq: int) -> AuditKey:
        """A new key file, written aside and linked in place (never half written)."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        now = utcnow()
        key = AuditKey(
            id=f"k_{now:%Y%m%d%H%M%S}_{secrets.token_hex(3)}",
            secret=secrets.token_hex(32),
            created_at=now,
            from_seq=next_seq,
        )
        aside = self.directory / f".{key.id}.{secrets.token_hex(8)}"
        descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(key.model_dump_json() + "\n")
        os.link(aside, self.directory / f"{key.id}.json")
        aside.unlink()
        return key

    def _publish_first(self, key: AuditKey) -> None:
        """Name the first key current, unless another process named its own first."""
        aside = self.directory / f".{CURRENT}.{secrets.token_hex(8)}"
        aside.write_text(key.id + "\n")
        try:
            os.link(aside, self.directory / CURRENT)
            log.info("audit.key_generated", key_id=key.id, directory=str(self.directory))
        except FileExistsError:
            (self.directory / f"{key.id}.json").unlink()  # the other process's key won
        finally:
            aside.unlink()

    @staticmethod
    def _read(path: Path) -> AuditKey:
        return AuditKey.model_validate_json(path.read_text())
