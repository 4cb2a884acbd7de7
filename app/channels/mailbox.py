"""The shared mailbox: poll an IMAP folder, take every message in once, move it out.

The protocol, safe against crashes at any point:
1. list the folder's UIDs (messages are moved out once taken, so the folder stays small
   and no `UID n:*` range is ever asked for: that range's quirk cannot bite);
2. a UID the ledger already holds as taken is only moved (a crash came between the
   commit and the move the last time);
3. otherwise the size is checked first, the raw bytes fetched with BODY.PEEK (the
   message stays unseen), and the blob, the request and the ledger row committed in
   one transaction; a message already taken in under another UID (UIDVALIDITY changed,
   or a copy) is recognised by its dedupe key and not taken twice;
4. only then is it moved to the processed folder (or the failed folder when it could
   not be taken in). MOVE where the server has it; else COPY, flag \\Deleted and
   UID EXPUNGE of that UID alone: a message the service did not move is never expunged.
"""

import imaplib
import re
from dataclasses import dataclass, field

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import ImapToolsError
from sqlalchemy.exc import IntegrityError

from app.channels.health import record_poll
from app.channels.tables import MailLedger, MailState
from app.context import Context
from app.db import transaction, utcnow
from app.logs import log
from app.requests.files import envelope_for_file
from app.requests.service import take_in
from app.settings import Settings

_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")


class MailboxError(Exception):
    """The mailbox could not be polled (login refused, server gone): recorded as its health."""


@dataclass(frozen=True)
class Mailbox:
    """Where and how to reach one shared mailbox."""

    host: str
    port: int
    user: str
    password: str | None
    oauth2_token: str | None
    security: str
    folder: str
    processed_folder: str
    failed_folder: str
    timeout: float

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def channel(self) -> str:
        return f"imap:{self.account}/{self.folder}"

    @classmethod
    def from_settings(cls, settings: Settings) -> "Mailbox | None":
        """The configured mailbox, or None when INTAKE_IMAP_HOST is not set."""
        if not settings.imap_host or not settings.imap_user:
            return None
        default_port = 993 if settings.imap_security == "ssl" else 143
        return cls(
            host=settings.imap_host,
            port=settings.imap_port or default_port,
            user=settings.imap_user,
            password=settings.imap_password.get_secret_value() if settings.imap_password else None,
            oauth2_token=(
                settings.imap_oauth2_token.get_secret_value()
                if settings.imap_oauth2_token
                else None
            ),
            security=settings.imap_security,
            folder=settings.imap_folder,
            processed_folder=settings.imap_processed_folder,
            failed_folder=settings.imap_failed_folder,
            timeout=settings.imap_timeout_seconds,
        )


@dataclass
class PollReport:
    taken: int = 0
    duplicates: int = 0
    moved: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def poll(ctx: Context, mailbox: Mailbox) -> PollReport:
    """Poll the mailbox once; its health records how it went. Never raises for the server."""
    report = PollReport()
    try:
        with connect(mailbox) as box:
            _ensure_folders(box, mailbox)
            uidvalidity = box.folder.status(mailbox.folder, ["UIDVALIDITY"])["UIDVALIDITY"]
            for uid in box.uids("UNDELETED"):
                take_and_move(
                    ctx, box, mailbox, uidvalidity=uidvalidity, uid=int(uid), report=report
                )
    except (imaplib.IMAP4.error, ImapToolsError, OSError, MailboxError) as error:
        reason = f"{type(error).__name__}: {error}"
        report.errors.append(reason)
        log.warning("mailbox.poll_failed", channel=mailbox.channel, error=reason)
        record_poll(ctx, mailbox.channel, error=reason)
        return report
    record_poll(ctx, mailbox.channel, taken=report.taken)
    log.info(
        "mailbox.polled",
        channel=mailbox.channel,
        taken=report.taken,
        duplicates=report.duplicates,
        moved=report.moved,
        failed=report.failed,
    )
    return report


def connect(mailbox: Mailbox) -> BaseMailBox:
    """A logged-in connection with the mailbox folder selected."""
    box: BaseMailBox
    if mailbox.security == "ssl":
        box = MailBox(mailbox.host, mailbox.port, timeout=mailbox.timeout)
    elif mailbox.security == "starttls":
        box = MailBoxStartTls(mailbox.host, mailbox.port, timeout=mailbox.timeout)
    else:
        box = MailBoxUnencrypted(mailbox.host, mailbox.port, timeout=mailbox.timeout)
    if mailbox.oauth2_token:
        return box.xoauth2(mailbox.user, mailbox.oauth2_token, initial_folder=mailbox.folder)
    if mailbox.password is None:
        raise MailboxError("no password and no OAuth2 token configured")
    return box.login(mailbox.user, mailbox.password, initial_folder=mailbox.folder)


def take_and_move(
    ctx: Context,
    box: BaseMailBox,
    mailbox: Mailbox,
    *,
    uidvalidity: int,
    uid: int,
    report: PollReport,
) -> None:
    """Take one message in (unless the ledger has it) and move it out of the folder."""
    state = take(ctx, box, mailbox, uidvalidity=uidvalidity, uid=uid, report=report)
    if state is None:
        return
    target = mailbox.failed_folder if state == MailState.FAILED else mailbox.processed_folder
    move_out(box, uid, target)
    with transaction(ctx.sessions) as session:
        row = session.get(MailLedger, (mailbox.account, mailbox.folder, uidvalidity, uid))
        if row is not None and row.state == MailState.TAKEN:
            row.state = MailState.MOVED
        if row is not None:
            row.moved_at = utcnow()
    report.moved += 1


def take(
    ctx: Context,
    box: BaseMailBox,
    mailbox: Mailbox,
    *,
    uidvalidity: int,
    uid: int,
    report: PollReport,
) -> str | None:
    """Commit the message and its ledger row; return its state, None if already moved."""
    key = (mailbox.account, mailbox.folder, uidvalidity, uid)
    with transaction(ctx.sessions) as session:
        row = session.get(MailLedger, key)
        if row is not None:
            return None if row.moved_at else row.state
    size = _size(box, uid)
    if size is None:
        return None  # gone meanwhile (another client moved it)
    if size > ctx.settings.max_request_bytes:
        outcome = (
            f"message of {size} bytes is larger than the limit of {ctx.settings.max_request_bytes}"
        )
        return _record(ctx, key, state=MailState.FAILED, outcome=outcome, report=report)
    raw = _fetch(box, uid)
    if raw is None:
        return None
    try:
        envelope = envelope_for_file(
            data=raw,
            source=f"imap://{mailbox.account}/{mailbox.folder};UIDVALIDITY={uidvalidity}/;UID={uid}",
            channel="email",
            account_id=None,
            received_at=None,
            now=utcnow(),
        )
    except Exception as error:  # an unreadable message goes to the failed folder, recorded
        return _record(
            ctx, key, state=MailState.FAILED, outcome=f"unreadable: {error}", report=report
        )
    try:
        with transaction(ctx.sessions) as session:
            taken = take_in(session=session, blobs=ctx.blobs, envelope=envelope)
            session.add(
                MailLedger(
                    account=key[0],
                    folder=key[1],
                    uidvalidity=uidvalidity,
                    uid=uid,
                    message_id=envelope.meta.get("message_id"),
                    request_id=taken.request.id,
                    state=MailState.TAKEN,
                    outcome="duplicate" if taken.duplicate else "taken",
                )
            )
    except IntegrityError:  # another worker took this UID in at the same moment
        return None
    if taken.duplicate:
        report.duplicates += 1
    else:
        report.taken += 1
    return MailState.TAKEN


def move_out(box: BaseMailBox, uid: int, folder: str) -> None:
    """Move one message; never expunge anything but that message."""
    client = box.client
    capabilities = _capabilities(box)
    if "MOVE" in capabilities:
        _check(client.uid("MOVE", str(uid), _quote(folder)))
        return
    _check(client.uid("COPY", str(uid), _quote(folder)))
    _check(client.uid("STORE", str(uid), "+FLAGS", "(\\Deleted)"))
    if "UIDPLUS" in capabilities:
        _check(client.uid("EXPUNGE", str(uid)))
    # Without UIDPLUS the message stays flagged \Deleted (skipped by later polls):
    # a plain EXPUNGE would also remove messages someone else flagged.


def _capabilities(box: BaseMailBox) -> frozenset[str]:
    """What the server offers once logged in (imaplib keeps only the greeting's list)."""
    status, data = box.client.capability()
    _check((status, data))
    words = b" ".join(item for item in data if isinstance(item, bytes)).decode(errors="replace")
    return frozenset(words.upper().split())


def _record(
    ctx: Context, key: tuple[str, str, int, int], *, state: str, outcome: str, report: PollReport
) -> str:
    with transaction(ctx.sessions) as session:
        session.add(
            MailLedger(
                account=key[0],
                folder=key[1],
                uidvalidity=key[2],
                uid=key[3],
                state=state,
                outcome=outcome,
            )
        )
    report.failed += 1
    log.warning("mailbox.message_failed", uid=key[3], outcome=outcome)
    return state


def _size(box: BaseMailBox, uid: int) -> int | None:
    status, data = box.client.uid("FETCH", str(uid), "(RFC822.SIZE)")
    _check((status, data))
    for item in data:
        found = _SIZE.search(item if isinstance(item, bytes) else b"")
        if found:
            return int(found.group(1))
    return None


def _fetch(box: BaseMailBox, uid: int) -> bytes | None:
    """The message byte for byte; BODY.PEEK leaves it unseen."""
    status, data = box.client.uid("FETCH", str(uid), "(BODY.PEEK[])")
    _check((status, data))
    for item in data:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            return item[1]
    return None


def _ensure_folders(box: BaseMailBox, mailbox: Mailbox) -> None:
    for folder in (mailbox.processed_folder, mailbox.failed_folder):
        if not box.folder.exists(folder):
            box.folder.create(folder)


def _check(result: tuple[str, object]) -> None:
    if result[0] != "OK":
        raise MailboxError(f"the server answered {result[0]}: {result[1]!r}")


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
