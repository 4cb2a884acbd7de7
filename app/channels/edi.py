"""The EDI drop folder: every interchange waiting in it is taken in, answered with a
997 and filed away under processed/ or rejected/ (with the reason)."""

import shutil
from pathlib import Path

from app.channels.health import record_poll
from app.context import Context
from app.db import transaction, utcnow
from app.logs import log
from app.requests.edi import take_in_interchange, write_ack


def poll_drop_folder(ctx: Context, inbox: Path) -> int:
    """Take in every interchange waiting in the drop folder; return how many files."""
    outbox = ctx.settings.edi_outbox_dir
    done = 0
    for path in sorted(p for p in inbox.iterdir() if p.is_file() and not p.name.startswith(".")):
        data = path.read_bytes()
        now = utcnow()
        with transaction(ctx.sessions) as session:
            result = take_in_interchange(
                session=session, blobs=ctx.blobs, data=data, source=path.name, now=now
            )
        write_ack(result, data, outbox=outbox, now=now)
        _file_away(path, result.rejection)
        done += 1
        log.info(
            "edi.taken_in",
            file=path.name,
            sets=len(result.taken),
            rejected=result.rejection is not None,
        )
    record_poll(ctx, f"edi:{inbox}", taken=done)
    return done


def _file_away(path: Path, rejection: str | None) -> None:
    folder = path.parent / ("rejected" if rejection else "processed")
    folder.mkdir(exist_ok=True)
    if rejection:
        (folder / f"{path.name}.reason.txt").write_text(rejection + "\n")
    shutil.move(path, folder / path.name)
