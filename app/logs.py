"""Structured logging: events with fields, to standard error, never document text."""

import logging
import sys

import structlog


def configure_logging(*, level: str = "INFO", fmt: str = "console") -> None:
    """Send structlog events to standard error as key=value lines or JSON."""
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        # Plain tracebacks: rich's default would print every frame's local variables,
        # and with them document text and secrets.
        else structlog.dev.ConsoleRenderer(
            colors=False, exception_formatter=structlog.dev.plain_traceback
        )
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            *([structlog.processors.format_exc_info] if fmt == "json" else []),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
        ),
        # Standard error as it is when the event is logged (tests and servers swap it).
        logger_factory=lambda *_: structlog.PrintLogger(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    # Libraries that may log request text (instructor repeats model input in its errors)
    # are silenced: our own events say what happened, without the text.
    for name in ("instructor", "openai", "httpx"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


configure_logging()  # until the command or server configures it from the settings
log = structlog.get_logger("intake")
