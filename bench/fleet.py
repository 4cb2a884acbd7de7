"""A fleet for the durable-work benches (bench/crash.py, bench/scale.py): a PostgreSQL
database of its own, `intake serve --no-worker` for the API, `intake worker` processes
that can be killed and started again, and a deterministic mix of requests submitted
through the API. Each bench prints figures; nothing here is imported by the service."""

import itertools
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"
SERVER = os.environ.get("BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")

# What distributors get (issue 15's mix, smaller): mail, portal uploads, scans, EDI.
MAIL = sorted((SAMPLES / "requests").glob("*.eml"))
UPLOADS = sorted((SAMPLES / "requests").glob("*.txt"))
DOCUMENTS = [
    SAMPLES / "documents" / name
    for name in ("claim-form.pdf", "mixed-claim.pdf", "claim-email-with-pdf.eml")
]
SCANS = [
    SAMPLES / "documents" / name
    for name in ("packing-slip-scan.pdf", "packing-slip.png", "delivery-receipt-rotated.jpg")
]
EDI = [SAMPLES / "edi" / name for name in ("01-keystone-damaged-elbows.edi",)]


@dataclass(frozen=True)
class Item:
    name: str
    data: bytes
    content_type: str
    customer: str | None = None


def unique(path: Path, n: int) -> Item:
    """The sample made distinct (so it is a request of its own), still reading the same."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".eml":
        data = re.sub(rb"(?im)^Message-ID:.*$", f"Message-ID: <bench-{n}@bench>".encode(), data)
        return Item(f"{n:04d}-{path.name}", data, "message/rfc822")
    if suffix == ".edi":
        control = f"{900000000 + n:09d}".encode()
        data = re.sub(rb"\*000000101\*", b"*" + control + b"*", data)
        data = re.sub(rb"IEA\*1\*000000101", b"IEA*1*" + control, data)
        return Item(f"{n:04d}-{path.name}", data, "application/edi-x12")
    types = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
             ".tif": "image/tiff", ".txt": "text/plain"}  # fmt: skip
    marker = f"\n% bench {n}\n" if suffix == ".pdf" else f"\nref bench-{n}\n"
    tail = marker.encode() if suffix in (".pdf", ".txt") else f"bench{n}".encode()
    return Item(f"{n:04d}-{path.name}", data + tail, types[suffix], customer="C-1001")


def mix(n: int, *, seed: int = 11) -> list[Item]:
    """n requests: about a third scans, the rest mail, uploads, text PDFs and EDI."""
    rng = random.Random(seed)
    kinds = [*([SCANS] * 4), *([MAIL] * 4), UPLOADS, DOCUMENTS, EDI, MAIL]
    return [unique(rng.choice(rng.choice(kinds)), i) for i in range(n)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Fleet:
    """One database, one API process, named worker processes."""

    name: str
    data_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    api: subprocess.Popen[bytes] | None = None
    port: int = 0
    key: str = ""

    @property
    def url(self) -> str:
        return f"{SERVER}/{self.name}"

    def intake(self, *args: str) -> str:
        run = subprocess.run(
            [sys.executable, "-m", "app", *args],
            env=self.env, cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        return run.stdout

    def start_worker(self, name: str, cpus: set[int] | None = None, **settings: str) -> None:
        """An `intake worker`; cpus: the cores it may run on (its Tesseracts follow it)."""
        env = {**self.env, "INTAKE_WORKER_ID": name, **settings}
        pin = None if cpus is None else (lambda: os.sched_setaffinity(0, cpus))
        self.workers[name] = subprocess.Popen(
            [sys.executable, "-m", "app", "worker"], env=env, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=pin,
        )  # fmt: skip

    def kill_worker(self, name: str) -> None:
        worker = self.workers.pop(name)
        worker.send_signal(signal.SIGKILL)
        worker.wait()

    def submit(self, items: list[Item]) -> list[str]:
        ids: list[str] = []
        headers = {"Authorization": f"Bearer {self.key}"}
        with httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=60) as client:
            for item in items:
                form = {"customer_id": item.customer} if item.customer else {}
                files = {"files": (item.name, item.data, item.content_type)}
                answer = client.post("/api/v1/requests", files=files, data=form, headers=headers)
                answer.raise_for_status()
                body = answer.json()
                ids += [r["request_id"] for r in body.get("requests", [body])]
        return ids

    def session(self) -> Session:
        return Session(create_engine(self.url))


@contextmanager
def fleet(name: str, tmp: Path, **settings: str) -> Iterator[Fleet]:
    """A fresh database `name`, the sample ERP loaded, the API serving; all stopped after."""
    admin = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    data_dir = tmp / name
    env = {
        **os.environ,
        "INTAKE_DATA_DIR": str(data_dir),
        "INTAKE_DATABASE_URL": f"{SERVER}/{name}",
        "INTAKE_LOG_LEVEL": "ERROR",
        "INTAKE_GENERATE_SECRET_KEY": "true",
        "INTAKE_SECURE_COOKIES": "false",
        "INTAKE_POLL_SECONDS": "3600",
        "INTAKE_AUDIT_ANCHOR_SECONDS": "0",
        **settings,
    }
    bench = Fleet(name=name, data_dir=data_dir, env=env)
    bench.intake("erp", "load", str(SAMPLES / "erp" / "sample-erp.json"))
    bench.key = bench.intake("keys", "create", "--operator", "--label", "bench").split()[-1]
    bench.port = free_port()
    bench.api = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--no-worker"],
        env={**env, "INTAKE_PORT": str(bench.port)}, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _until_up(bench.port)
        yield bench
    finally:
        for worker in list(bench.workers):
            bench.workers[worker].send_signal(signal.SIGINT)
        for worker in bench.workers.values():
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
        bench.api.send_signal(signal.SIGINT)
        bench.api.wait(timeout=30)
        admin.dispose()


def _until_up(port: int) -> None:
    for _ in itertools.count():
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)


def statuses(bench: Fleet, ids: list[str]) -> dict[str, int]:
    from app.requests.tables import InboundRequest

    with bench.session() as session:
        rows = session.execute(
            select(InboundRequest.status, func.count())
            .where(InboundRequest.id.in_(ids))
            .group_by(InboundRequest.status)
        ).all()
    return {str(status): int(count) for status, count in rows}


class MailSink:
    """A real SMTP server on loopback (aiosmtpd) that counts the notices it gets, by the
    notice id in their Message-ID."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.received: list[str] = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        content = envelope.content  # type: ignore[attr-defined]
        found = re.search(rb"(?im)^Message-ID:\s*<[^.]*\.[^.]*\.[^.]*\.(ntc_[0-9A-Z]+)", content)
        self.received.append(found.group(1).decode() if found else "?")
        return "250 OK"

    def settings(self) -> dict[str, str]:
        return {"INTAKE_SMTP_HOST": "127.0.0.1", "INTAKE_SMTP_PORT": str(self.port),
                "INTAKE_SMTP_SECURITY": "none"}  # fmt: skip


@contextmanager
def mail_sink() -> Iterator[MailSink]:
    sink = MailSink()
    sink.controller.start()
    try:
        yield sink
    finally:
        sink.controller.stop()


def doubled(bench: Fleet, sink: MailSink) -> dict[str, int]:
    """Work done twice, by what it left: a claim line in two cases of one request, an ERP
    document issued twice for one action, a notice mailed twice."""
    from app.cases.tables import Case, CaseLine
    from app.erp.tables import ErpDocument

    with bench.session() as session:
        lines = session.execute(
            select(Case.request_id, CaseLine.sku, CaseLine.reason, func.count())
            .join(CaseLine, CaseLine.case_id == Case.id)
            .group_by(Case.request_id, CaseLine.sku, CaseLine.reason, CaseLine.quantity)
            .having(func.count() > 1)
        ).all()
        documents = session.execute(
            select(ErpDocument.idempotency_key, func.count())
            .group_by(ErpDocument.idempotency_key)
            .having(func.count() > 1)
        ).all()
    return {
        "requests processed twice": len({row[0] for row in lines}),
        "ERP documents issued twice": len(documents),
        "notices mailed": len(sink.received),
        "notices mailed twice": len(sink.received) - len(set(sink.received)),
    }


def audit_verify(bench: Fleet) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "app", "audit", "verify"],
        env=bench.env, cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    return ("ok: " if run.returncode == 0 else "FAILED: ") + run.stdout.strip()


def print_json(figures: dict[str, object]) -> None:
    print(json.dumps(figures, indent=2, default=str))
