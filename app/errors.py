"""The app's errors: each carries the HTTP status and code one handler renders."""


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
