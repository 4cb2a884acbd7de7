"""A submission of files and/or claim fields: read off the wire within the limits, taken in.

The API (POST /api/v1/requests) and the portal form both come through here.
"""

import json
import re
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException

from app.auth.keys import Caller
from app.blobs import BlobStore, sha256_hex
from app.db import utcnow
from app.erp.port import ErpReader
from app.errors import Forbidden, IntakeError, NotFound
from app.requests.idempotency import earlier_answer, remember
from app.requests.portal import Upload, submission_envelope
from app.requests.service import TakenIn, take_in
from app.requests.tables import InboundRequest
from app.settings import Settings
from extractors.documents.sniff import detect_type

FORM_FIELDS = ("order_number", "sku", "quantity", "reason", "note")
LINE_FIELD = re.compile(r"^lines\[(\d{1,3})\]\[(sku|quantity|reason)\]$")


class PayloadTooLarge(IntakeError):
    status_code = 413
    code = "payload_too_large"


class UnsupportedType(IntakeError):
    status_code = 415
    code = "unsupported_media_type"


class InvalidSubmission(IntakeError):
    status_code = 422
    code = "invalid_submission"


@dataclass(frozen=True)
class Submission:
    body: bytes
    files: list[Upload]
    form: dict[str, object]
    customer_id: str | None  # an operator submitting for a customer account

    def content_digest(self) -> str:
        """SHA-256 of what the submission says (fields, file names and bytes), not its wire form.

        Multipart boundaries differ on every send of the same command, so the raw body is
        no basis for Idempotency-Key: the same key with the same content must match.
        """
        content = {
            "customer_id": self.customer_id,
            "form": self.form,
            "files": [
                {"name": upload.filename, "sha256": sha256_hex(upload.data)}
                for upload in self.files
            ],
        }
        encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return sha256_hex(encoded.encode())


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, refused with 413 as soon as it passes the limit."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request is larger than the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the request is larger than the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_submission(request: Request, settings: Settings) -> Submission:
    """Files and claim fields of a multipart submission, checked against the limits."""
    body, form = await read_form(request, settings)
    return await submission_of(body, form, settings)


async def read_form(request: Request, settings: Settings) -> tuple[bytes, FormData]:
    """The body, refused with 413 past the limit, and the form parsed from it."""
    body = await read_body(request, settings.max_request_bytes)
    request._body = body  # Starlette parses the form from this cached body
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        raise InvalidSubmission("send multipart/form-data with files and/or claim fields")
    try:
        form = await request.form(max_files=settings.max_files_per_request, max_fields=200)
    except HTTPException as error:  # broken multipart, too many files or fields: say which
        raise InvalidSubmission(f"the form cannot be taken in: {error.detail}") from error
    return body, form


async def submission_of(body: bytes, form: FormData, settings: Settings) -> Submission:
    """The submission a parsed form holds; a file input left empty counts as no file."""
    parts = [item for item in form.getlist("files") if not _no_file_chosen(item)]
    files = [await _upload(item, settings) for item in parts]
    fields = _claim_fields({k: v for k, v in form.multi_items() if isinstance(v, str)})
    if not files and not fields:
        raise InvalidSubmission("the submission has no file and no claim field")
    customer = form.get("customer_id")
    return Submission(
        body=body,
        files=files,
        form=fields,
        customer_id=customer if isinstance(customer, str) and customer else None,
    )


def _no_file_chosen(item: object) -> bool:
    """A file input with nothing chosen: a nameless empty part (or an empty field)."""
    if isinstance(item, UploadFile):
        return not item.filename and not item.size
    return item == ""


def take_in_submission(
    *,
    session: Session,
    blobs: BlobStore,
    erp: ErpReader,
    submission: Submission,
    caller: Caller,
    idempotency_key: str | None,
) -> TakenIn:
    """The one intake path of the API and the portal: the account, the envelope, take_in."""
    account = submitting_account(erp, caller.customer_id, submission.customer_id)
    digest = submission.content_digest()
    if idempotency_key:
        first = earlier_answer(
            session=session, api_key_id=caller.key_id, key=idempotency_key, content_sha256=digest
        )
        if first is not None:
            request = session.get(InboundRequest, first)
            assert request is not None
            return TakenIn(request, duplicate=True)
    envelope = submission_envelope(
        files=submission.files, form=submission.form, account_id=account, now=utcnow()
    )
    taken = take_in(session=session, blobs=blobs, envelope=envelope)
    if idempotency_key:
        remember(
            session=session,
            api_key_id=caller.key_id,
            key=idempotency_key,
            content_sha256=digest,
            request_id=taken.request.id,
        )
    return taken


def submitting_account(erp: ErpReader, own: str | None, named: str | None) -> str | None:
    """A customer submits for itself; the operator may name a customer account."""
    if own is not None:
        if named not in (None, own):
            raise Forbidden("a customer key submits only for its own account")
        return own
    if named is not None and not erp.customer_exists(named):
        raise NotFound(f"no customer {named}")
    return named


async def _upload(item: object, settings: Settings) -> Upload:
    if not isinstance(item, UploadFile):
        raise InvalidSubmission("`files` must be file parts")
    data = await item.read()
    name = item.filename or "upload"
    if not data:
        raise InvalidSubmission(f"{name} is empty")
    kind = detect_type(data)
    if kind not in settings.accepted_types:
        raise UnsupportedType(f"{name}: files of type {kind} are not accepted (decided by content)")
    return Upload(filename=name, content_type=kind, data=data)


def _claim_fields(raw: dict[str, str]) -> dict[str, object]:
    """order_number, sku, quantity, reason, note, and lines as lines[0][sku]… or JSON."""
    fields: dict[str, object] = {k: raw[k].strip() for k in FORM_FIELDS if raw.get(k, "").strip()}
    lines: dict[int, dict[str, str]] = {}
    for key, value in raw.items():
        match = LINE_FIELD.match(key)
        if match and value.strip():
            lines.setdefault(int(match.group(1)), {})[match.group(2)] = value.strip()
    listed: list[object] = [lines[index] for index in sorted(lines)]
    if raw.get("lines", "").strip():
        try:
            parsed = json.loads(raw["lines"])
        except ValueError as error:
            raise InvalidSubmission("`lines` is not valid JSON") from error
        if not isinstance(parsed, list) or not all(isinstance(x, dict) for x in parsed):
            raise InvalidSubmission("`lines` must be a JSON list of objects")
        listed.extend(parsed)
    if listed:
        fields["lines"] = listed
    return fields
