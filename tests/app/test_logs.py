"""Logs say what happened, never what a document or a secret says: not even in a traceback."""

import pytest

from app.logs import configure_logging, log

DOCUMENT = "Please credit 40 valves to Keystone"
SECRET = "sk-very-secret"


@pytest.mark.parametrize("fmt", ["console", "json"])
def test_a_logged_exception_never_prints_the_local_variables_of_its_frames(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(level="INFO", fmt=fmt)

    def read(document_text: str, api_secret: str) -> None:
        raise ValueError("the document could not be read")

    try:
        read(DOCUMENT, SECRET)
    except ValueError:
        log.exception("document.failed")
    err = capsys.readouterr().err
    assert "document.failed" in err
    assert "the document could not be read" in err  # the error and where it happened
    assert "Keystone" not in err
    assert "sk-very-secret" not in err
