"""Checkpoints of the audit chain's head, kept outside the database (INTAKE_AUDIT_ANCHOR_DIR).

The head row lives in the database, so whoever deletes the newest events can roll it
back too. `intake audit anchor` writes the head (seq and hash) to a file, sealed with
the current audit key; `intake audit verify` then requires the chain to still hold
every checkpointed event with the checkpointed hash. Events newer than the newest
checkpoint are covered only by the next one: anchor often (a cron job), and keep the
directory where the database's writers cannot write (another machine, WORM storage).
"""

import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ValidationError

from app.cases.audit_keys import Keyring, canonical


class Checkpoint(BaseModel):
    """The chain's head at one moment, sealed with an audit key."""

    seq: int
    hash: str
    at: datetime
    key_id: str
    mac: str

    def signed_text(self) -> str:
        return canonical({"seq": self.seq, "hash": self.hash, "at": self.at.isoformat()})


@dataclass(frozen=True)
class ReadCheckpoints:
    """The checkpoints whose seal holds, and what was wrong with any other."""

    valid: list[Checkpoint]
    problems: list[str]


def write_checkpoint(
    *, directory: Path, keys: Keyring, seq: int, head_hash: str, now: datetime
) -> Path:
    """Seal the head with the current key and write it as a new file; its path."""
    key = keys.current(next_seq=seq + 1)
    unsigned = Checkpoint(seq=seq, hash=head_hash, at=now, key_id=key.id, mac="")
    checkpoint = unsigned.model_copy(update={"mac": key.mac(unsigned.signed_text())})
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"checkpoint-{seq:012d}-{now:%Y%m%dT%H%M%S}.json"
    aside = directory / f".{path.name}.{secrets.token_hex(8)}"
    aside.write_text(checkpoint.model_dump_json() + "\n")
    os.replace(aside, path)
    return path


def read_checkpoints(*, directory: Path, keys: Keyring) -> ReadCheckpoints:
    """Every checkpoint file of the directory, its seal checked."""
    valid: list[Checkpoint] = []
    problems: list[str] = []
    for path in sorted(directory.glob("checkpoint-*.json")) if directory.is_dir() else []:
        try:
            checkpoint = Checkpoint.model_validate_json(path.read_text())
        except (ValidationError, ValueError):
            problems.append(f"checkpoint {path.name} is not readable")
            continue
        key = keys.get(checkpoint.key_id)
        if key is None:
            problems.append(f"checkpoint {path.name}: its key {checkpoint.key_id} is missing")
        elif not secrets.compare_digest(key.mac(checkpoint.signed_text()), checkpoint.mac):
            problems.append(f"checkpoint {path.name}: its seal does not match")
        else:
            valid.append(checkpoint)
    return ReadCheckpoints(valid=valid, problems=problems)
