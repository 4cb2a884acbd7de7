"""Envelopes for portal and API submissions: files and claim-form fields.

A single file with no form fields is stored byte for byte, like any upload. Files
with form fields (or several files) are kept together as one MIME container, built
deterministically so that the same submission always has the same bytes: the
fields as a JSON part, the note as the body, each file as an attachment.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import default as default_policy

from app.blobs import sha256_hex
from app.requests.envelope import Envelope

FORM_PART = "claim-form.json"


@dataclass(frozen=True)
class Upload:
    """One file of a submission, its type already decided by content."""

    filename: str
    content_type: str
    data: bytes


def submission_envelope(
    *, files: list[Upload], form: dict[str, object], account_id: str | None, now: datetime
) -> Envelope:
    """The envelope of one portal or API submission."""
    if len(files) == 1 and not form:
        upload = files[0]
        return Envelope(
            channel="upload",
            data=upload.data,
            received_at=now,
            received_date=now.date(),
            dedupe_key=f"upload:{account_id or '-'}:{sha256_hex(upload.data)}",
            content_type=upload.content_type,
            source=upload.filename,
            account_id=account_id,
        )
    container = build_container(files=files, form=form)
    return Envelope(
        channel="form",
        data=container,
        received_at=now,
        received_date=now.date(),
        dedupe_key=f"form:{account_id or '-'}:{sha256_hex(container)}",
        content_type="message/rfc822",
        source=", ".join(f.filename for f in files) or FORM_PART,
        account_id=account_id,
    )


def build_container(*, files: list[Upload], form: dict[str, object]) -> bytes:
    """One MIME message holding the form fields and the files, the same bytes every time."""
    fields = json.dumps(form, sort_keys=True, ensure_ascii=False).encode()
    digest = hashlib.sha256(fields)
    for upload in files:
        digest.update(upload.filename.encode() + b"\0" + upload.data)
    message = EmailMessage(policy=default_policy)
    message["Subject"] = "Portal submission"
    message["X-Intake-Channel"] = "portal"
    message.set_content(str(form.get("note") or ""))
    message.add_attachment(fields, maintype="application", subtype="json", filename=FORM_PART)
    for upload in files:
        maintype, _, subtype = upload.content_type.partition("/")
        message.add_attachment(
            upload.data, maintype=maintype, subtype=subtype or "octet-stream",
            filename=upload.filename,
        )  # fmt: skip
    message.set_boundary(f"intake-{digest.hexdigest()[:32]}")
    return message.as_bytes()


def form_of(container: bytes) -> dict[str, object] | None:
    """The form fields of a container built by build_container."""
    from email import message_from_bytes

    message = message_from_bytes(container, policy=default_policy)
    for part in message.walk():
        if part.get_filename() == FORM_PART:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                value = json.loads(payload)
                return value if isinstance(value, dict) else None
    return None
