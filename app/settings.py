"""Every setting of the service: environment variables INTAKE_…, or a .env file."""

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class SettingsError(Exception):
    """A setting that cannot work, refused when the settings are read or first needed.

    Not a ValueError: pydantic would wrap one and print every input value with it.
    """


# Session secrets: refused when shorter than this or when they read like a placeholder.
MIN_SECRET_KEY_LENGTH = 32
PLACEHOLDER_SECRET_WORDS = ("change", "replace", "placeholder", "example", "secret")


class Settings(BaseSettings):
    """The service's configuration; read once per process."""

    model_config = SettingsConfigDict(env_prefix="INTAKE_", env_file=".env", extra="ignore")

    data_dir: Path = Path("var")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default a SQLite file in data_dir"
    )
    blob_dir: Path | None = Field(default=None, description="default: data_dir/blobs")
    extractor: Literal["offline", "llm", "hybrid"] = Field(
        default="offline",
        description="offline: the built-in extractor; llm: the LLM, falling back; "
        "hybrid: the built-in extractor, the LLM only where its reading is not enough",
    )
    llm_base_url: str = "https://api.openai.com/v1"  # any OpenAI-compatible endpoint
    llm_model: str | None = None
    llm_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("INTAKE_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_mode: Literal["tools", "json_schema", "json"] = "tools"  # json_schema suits local servers
    llm_timeout_seconds: float = 30.0
    llm_deadline_seconds: float = 60.0
    llm_max_tokens: int = 1200
    policy_file: Path | None = Field(default=None, description="default: rules/policy.toml")
    erp: Literal["builtin", "erpnext"] = Field(
        default="builtin",
        description="builtin: the copy `intake erp load` keeps; erpnext: synced from ERPNext",
    )
    erpnext_url: str | None = Field(default=None, description="e.g. https://erp.example.com")
    erpnext_api_key: str | None = None
    erpnext_api_secret: SecretStr | None = None
    erpnext_timeout_seconds: float = Field(default=20.0, gt=0, le=300)

    imap_host: str | None = None
    imap_port: int | None = Field(default=None, description="default: 993 for ssl, else 143")
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_oauth2_token: SecretStr | None = Field(default=None, description="XOAUTH2 instead")
    imap_security: Literal["ssl", "starttls", "none"] = "ssl"
    imap_folder: str = "INBOX"
    imap_processed_folder: str = "Processed"
    imap_failed_folder: str = "Failed"
    imap_timeout_seconds: float = 60.0

    smtp_host: str | None = Field(default=None, description="unset: notices go to data_dir/outbox")
    smtp_port: int | None = Field(
        default=None, description="default: 465 for ssl, 587 starttls, else 25"
    )
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_security: Literal["ssl", "starttls", "none"] = "starttls"
    smtp_from: str = "Returns desk <returns@distributor.example>"
    smtp_timeout_seconds: float = 30.0
    admin_email: str | None = Field(
        default=None, description="told when a webhook endpoint is disabled after a day of failures"
    )
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=60)

    edi_inbox: Path | None = Field(default=None, description="a drop folder of X12 files")
    edi_outbox: Path | None = Field(default=None, description="997s; default data_dir/edi/outbox")

    audit_key_dir: Path | None = Field(
        default=None,
        description="the audit chain's HMAC keys, outside the database; "
        "default data_dir/audit/keys (the same on every machine that writes events)",
    )
    audit_anchor_seconds: float = Field(
        default=300.0, ge=0, description="how often a worker checkpoints the chain's head; 0: never"
    )
    audit_anchor_dir: Path | None = Field(
        default=None,
        description="checkpoints of the audit chain's head; "
        "default data_dir/audit/anchors (best where the database's writers cannot write)",
    )

    log_level: str = "INFO"
    log_format: Literal["console", "json"] = "console"

    host: str = "127.0.0.1"
    port: int = 8000
    metrics_port: int | None = Field(
        default=None, description="also serve /metrics here, on the host, without a key"
    )
    worker_metrics_port: int | None = Field(
        default=None, description="`intake worker` serves its /metrics here (one port a process)"
    )

    secret_key: SecretStr | None = Field(
        default=None, description="signs the session cookies: 32+ random characters; serve needs it"
    )
    generate_secret_key: bool = Field(
        default=False,
        description="no secret_key: keep a generated one in data_dir/secret_key (demo, tests)",
    )
    secure_cookies: bool = Field(
        default=True, description="session cookie over HTTPS only; false for http://127.0.0.1"
    )
    session_max_age_seconds: int = Field(default=8 * 3600, ge=60, description="a sign-in lasts")

    max_request_bytes: int = 25 * 1024 * 1024
    max_files_per_request: int = 20
    max_claim_lines: int = Field(
        default=500, ge=1, description="past it a request goes to a person whole (TOO_MANY_LINES)"
    )
    accepted_types: tuple[str, ...] = (
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/tiff",
        "image/heic",
        "text/plain",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",  # .xlsx
        "message/rfc822",
        "application/json",
        "application/edi-x12",
    )
    job_max_attempts: int = Field(
        default=5, ge=1, description="tries of a step before its work fails"
    )
    job_retry_seconds: float = Field(
        default=2.0, ge=0, description="wait before a failed step's second try; doubled each time"
    )
    poll_seconds: float = 30.0
    worker_id: str | None = Field(
        default=None,
        description="this worker's executor id, kept across restarts so a restarted worker "
        "finishes its own work at once; default host and process id",
    )
    worker_concurrency: int = Field(default=2, ge=1, description="requests one worker runs at once")
    worker_beat_seconds: float = Field(
        default=10.0, gt=0, description="how often a worker says it lives"
    )
    worker_dead_seconds: float = Field(
        default=60.0,
        gt=0,
        description="silent this long, a worker is dead and others take its work",
    )
    info_reminder_hours: float = Field(
        default=72, gt=0, description="a case waiting for information reminds the customer once"
    )
    info_close_hours: float = Field(
        default=240, gt=0, description="and is closed unanswered this long after it opened"
    )
    work_schema: str = Field(
        default="dbos", description="PostgreSQL: the schema of the engine's own tables"
    )

    def model_post_init(self, context: Any, /) -> None:
        """Refuse settings that cannot work, at once: an LLM without a model, a weak key."""
        if self.extractor in ("llm", "hybrid") and not self.llm_model:
            raise SettingsError(
                f"INTAKE_EXTRACTOR={self.extractor} needs INTAKE_LLM_MODEL (and the endpoint's key)"
            )
        self._check_secret_key()

    def _check_secret_key(self) -> None:
        """Refuse a placeholder or short secret key, without echoing it."""
        if self.secret_key is None:
            return
        value = self.secret_key.get_secret_value()
        if not value.strip():
            self.secret_key = None  # an empty INTAKE_SECRET_KEY= means unset
            return
        lowered = value.lower()
        if len(value) < MIN_SECRET_KEY_LENGTH or any(
            word in lowered for word in PLACEHOLDER_SECRET_WORDS
        ):
            raise SettingsError(
                "INTAKE_SECRET_KEY is a placeholder or shorter than "
                f"{MIN_SECRET_KEY_LENGTH} characters: set it to a long random value, e.g. "
                "python3 -c 'import secrets; print(secrets.token_urlsafe(48))'"
            )

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to a SQLite file under the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'intake.sqlite3').resolve()}"

    @property
    def work_database_url(self) -> str:
        """The engine's database: on PostgreSQL the same one (its own schema), on SQLite a
        file of its own beside ours, so that the two never wait on one lock."""
        if self.sqlalchemy_url.startswith("sqlite"):
            return f"sqlite:///{(self.data_dir / 'work.sqlite3').resolve()}"
        return self.sqlalchemy_url

    @property
    def edi_outbox_dir(self) -> Path:
        """Where 997 acknowledgments are written."""
        return self.edi_outbox or self.data_dir / "edi" / "outbox"

    @property
    def audit_keys_path(self) -> Path:
        return self.audit_key_dir or self.data_dir / "audit" / "keys"

    @property
    def audit_anchors_path(self) -> Path:
        return self.audit_anchor_dir or self.data_dir / "audit" / "anchors"

    @property
    def blob_root(self) -> Path:
        return self.blob_dir or self.data_dir / "blobs"


@lru_cache
def get_settings() -> Settings:
    """The settings of this process."""
    return Settings()
