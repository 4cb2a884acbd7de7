"""What a running process needs, built once from the settings: database, blobs, policy, ERP."""

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.blobs import BlobStore
from app.cases.audit import KEYRING
from app.cases.audit_keys import Keyring
from app.db import make_engine, migrate, session_factory
from app.erp.port import Erp, connect_erp
from app.extraction.service import llm_extractor
from app.settings import Settings
from extractors.documents.limits import Limits
from extractors.llm.extractor import LlmExtractor
from rules.policy import Policy, load_policy


@dataclass(frozen=True)
class Context:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    blobs: BlobStore
    policy: Policy
    limits: Limits  # how much of a request's documents is read
    erp: Erp  # the ERP the settings name, asked through its reader and writer
    audit_keys: Keyring  # the audit chain's keys, outside the database
    llm: LlmExtractor | None = None  # the configured LLM extractor, if any


def build_context(settings: Settings) -> Context:
    """Connect, migrate the schema to the newest version, and load the policy."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.sqlalchemy_url)
    migrate(engine)
    keys = Keyring(settings.audit_keys_path)
    return Context(
        settings=settings,
        engine=engine,
        sessions=session_factory(engine, info={KEYRING: keys}),
        audit_keys=keys,
        blobs=BlobStore(settings.blob_root),
        policy=load_policy(settings.policy_file),
        limits=Limits(max_file_bytes=settings.max_request_bytes),
        erp=connect_erp(settings),
        llm=llm_extractor(settings),
    )
