"""Reading a submission off the wire: body limit, files by content type, form fields."""

import json
import re
from dataclasses import dataclass

from fastapi import Request
from starlette.datastructures import UploadFile

from app.errors import IntakeError
from app.requests.portal import Upload
from app.settings import Settings
from extractors.sniff import detect_type

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
    body = await read_body(request, settings.max_request_bytes)
    request._body = body  # Starlette parses the form from this cached body
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        raise InvalidSubmission("send multipart/form-data with files and/or claim fields")
    form = await request.form(max_files=settings.max_files_per_request, max_fields=200)
    files = [await _upload(item, settings) for item in form.getlist("files")]
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
