"""Customer notices by email: replies in the customer's thread, sent once through the job table.

With INTAKE_SMTP_HOST set a notice goes over SMTP; without it, to a folder outbox
(data_dir/outbox/<notice id>.eml) that an operator or another system can pick up.
A notice already sent is never sent again; a failed send is retried by its job.
"""

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Literal

from sqlalchemy.orm import Session

from app.cases.events import customer_notified
from app.cases.tables import Notice
from app.db import utcnow
from app.logs import log
from app.settings import Settings


def compose(notice: Notice, settings: Settings) -> EmailMessage:
    """The notice as an email replying in the customer's thread."""
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = notice.to_address or ""
    message["Subject"] = notice.subject
    domain = settings.smtp_from.rpartition("@")[2].rstrip(">") or "intake.local"
    message["Message-ID"] = make_msgid(idstring=notice.id, domain=domain)
    if notice.in_reply_to:
        message["In-Reply-To"] = notice.in_reply_to
        message["References"] = notice.in_reply_to
    message["Auto-Submitted"] = "auto-replied"  # RFC 3834: other robots do not answer it
    message.set_content(notice.body)
    return message


def send_notice(*, session: Session, settings: Settings, notice_id: str) -> None:
    """Deliver one notice unless it was delivered already (or cannot be)."""
    notice = session.get(Notice, notice_id)
    if notice is None or notice.sent_at is not None or notice.error is not None:
        return
    if not notice.to_address:
        notice.error = "no address to send to: the sender is unknown"
        log.warning("notice.undeliverable", notice_id=notice_id, reason="no_address")
        return
    deliver_mail(compose(notice, settings), settings, notice_id)
    notice.sent_at = utcnow()
    via: Literal["smtp", "outbox"] = "smtp" if settings.smtp_host else "outbox"
    customer_notified(session, notice, via=via)
    log.info("notice.sent", notice_id=notice_id, via=via)


def tell_admin(settings: Settings, *, name: str, subject: str, body: str) -> None:
    """Mail the admin (INTAKE_ADMIN_EMAIL) about something the service cannot fix alone."""
    if not settings.admin_email:
        log.warning("admin.not_told", name=name, subject=subject, reason="no INTAKE_ADMIN_EMAIL")
        return
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = settings.admin_email
    message["Subject"] = subject
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    deliver_mail(message, settings, name)


def deliver_mail(message: EmailMessage, settings: Settings, name: str) -> None:
    """Send over SMTP, or without INTAKE_SMTP_HOST write data_dir/outbox/<name>.eml."""
    if not settings.smtp_host:
        outbox = settings.data_dir / "outbox"
        outbox.mkdir(parents=True, exist_ok=True)
        (outbox / f"{name}.eml").write_bytes(bytes(message))
        return
    port = settings.smtp_port or {"ssl": 465, "starttls": 587}.get(settings.smtp_security, 25)
    client: smtplib.SMTP
    if settings.smtp_security == "ssl":
        client = smtplib.SMTP_SSL(
            settings.smtp_host,
            port,
            timeout=settings.smtp_timeout_seconds,
            context=ssl.create_default_context(),
        )
    else:
        client = smtplib.SMTP(settings.smtp_host, port, timeout=settings.smtp_timeout_seconds)
    with client:
        if settings.smtp_security == "starttls":
            client.starttls(context=ssl.create_default_context())
        if settings.smtp_user and settings.smtp_password:
            client.login(settings.smtp_user, settings.smtp_password.get_secret_value())
        client.send_message(message)
