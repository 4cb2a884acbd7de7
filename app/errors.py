"""The app's errors: each carries the HTTP status and code one handler renders."""

from typing import Any

from pydantic import BaseModel, Field


class IntakeError(Exception):
    """Base of every expected error of the service."""

    status_code = 400
    code = "bad_request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(IntakeError):
    status_code = 404
    code = "not_found"


class Unauthorized(IntakeError):
    status_code = 401
    code = "unauthorized"


class Forbidden(IntakeError):
    status_code = 403
    code = "forbidden"


class Conflict(IntakeError):
    status_code = 409
    code = "conflict"


class InvalidTransition(Conflict):
    code = "invalid_transition"

    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"a case cannot go from {current} to {target}")


class ErrorDetail(BaseModel):
    code: str = Field(description="a stable word for the error, e.g. not_found")
    message: str = Field(description="what went wrong, for a person")


class ErrorBody(BaseModel):
    """Every error answer of the API (spec/api.md): {"error": {"code", "message"}}."""

    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI description of the error answers a route may give."""
    return {status: {"model": ErrorBody, "description": _MEANINGS[status]} for status in statuses}


_MEANINGS = {
    400: "the body cannot be parsed (JSON that is not JSON)",
    401: "no valid API key or sign-in",
    403: "the caller may not do this (or a signed-in browser sent no CSRF token)",
    404: "no such object for this caller",
    409: "the case is not in a state that allows this, or another reviewer holds it",
    413: "the request is larger than the configured limit",
    415: "a file type that is not accepted (decided by content)",
    422: "a parameter or body field is missing, malformed or out of range",
}
