"""A distributor's month end to end: requests in through the real channels, two workers.

    .venv/bin/python bench/month.py [--n 2000 | --quick] [--db sqlite|postgres|both]
                                    [--workers 2] [--seed 15]

Makes, the same way for a seed, the ERP data of a distributor of that size (customers,
items, and twice as many orders as requests, shipped and invoiced) and a month of
requests in the mix distributors get (`MIX`): plain and HTML mail with and without
attachments (text PDFs, scanned PDFs, phone photos), portal forms and uploads through
the API, and X12 180 interchanges; scans and photos are a third of all. Then, on each
database (SQLite, the embedded default; PostgreSQL on 127.0.0.1:5432, in a database of
its own made and dropped here):

- the mail waits in the INBOX of a real Dovecot on loopback (shared/notes/
  imap-test-server.md) and the interchanges in the EDI drop folder; `intake serve` and
  `--workers` `intake worker` processes start, and the clock with them; the API
  requests are posted while the workers run; the clock stops when every request is
  processed and no job is left;
- meanwhile `/health` and the review queue (`/review`, signed in as a reviewer) are
  asked four times a second.

It prints the wall time and requests per minute; each stage's p50, p95 and p99 (the
workers' `pipeline.stages` events, app/pipeline/stages.py), and each kind of request's
pipeline time; the CPU seconds and peak memory of every process (a worker's reader
processes and their Tesseracts counted with it; readers' memory as sampled); the
latency of `/health` and the review queue; and OCR against the `tesseract` command line
on the same page images in the same run: the pages' OCR time during the run, and a
controlled comparison after it (our OCR of those pages and the command line on them,
as many at once as there are cores, interleaved, best of three).

`--quick` is about 100 requests on SQLite. Figures only: nothing here passes or fails. A
request taken in without its processing job (seen on SQLite: a savepoint after reads
commits on its own, app/db.py) is counted and reported, not waited for.
"""

import argparse
import imaplib
import io
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "sample_docs" / "scripts")]

from bench.fleet import free_port  # noqa: E402
from tests.channels.dovecot import PASSWORD, USER, running_dovecot  # noqa: E402

INTAKE = str(ROOT / ".venv" / "bin" / "intake")
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
MONTH = date(2026, 11, 1)
# Kinds of request and their share of a month; scans and photos are a third of all.
MIX: dict[str, float] = {
    "mail-plain": 0.22,
    "mail-html": 0.08,
    "mail-text-pdf": 0.09,
    "mail-scan-pdf": 0.14,
    "mail-photo": 0.10,
    "api-form": 0.10,
    "api-scan": 0.09,
    "api-text": 0.04,
    "edi-180": 0.14,
}
REASONS = {
    "DAMAGED": ("arrived damaged, the cartons were crushed", "DA"),
    "SHORT": ("were short on the delivery", ""),
    "DEFECTIVE": ("are defective and do not work", "DM"),
    "WRONG_ITEM": ("were the wrong item, not what we ordered", "WG"),
    "NOT_NEEDED": ("are not needed any more, we would like to return them", "EI"),
}
CATEGORIES = ("valves", "fittings", "pipe", "controls", "water-heaters", "fixtures")
REVIEWER, REVIEWER_PASSWORD = "reviewer@distributor.example", "bench-month-reviewer-pw"


# --- the month: ERP data and requests --------------------------------------------------------


@dataclass(frozen=True)
class Order:
    number: str
    customer: int
    po: str
    delivered: date
    lines: tuple[tuple[str, int], ...]  # sku, quantity


@dataclass
class Month:
    erp: dict[str, Any]
    mails: list[bytes] = field(default_factory=list)
    api: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # kind, request
    edi: list[bytes] = field(default_factory=list)
    edi_sets: int = 0
    kinds: dict[str, str] = field(default_factory=dict)  # message id or file name → kind

    @property
    def requests(self) -> int:
        return len(self.mails) + len(self.api) + self.edi_sets


def customers(count: int) -> list[dict[str, Any]]:
    """Customers with a domain and a contact; every eighth trades by EDI."""
    found = []
    for number in range(count):
        domain = f"customer{number:03d}.example"
        customer: dict[str, Any] = {
            "id": f"C-{2000 + number}",
            "name": f"Customer {number:03d} Mechanical",
            "email_domains": [domain],
            "contacts": [{"email": f"returns@{domain}", "name": f"Pat Buyer {number}"}],
        }
        if number % 8 == 0:
            customer["edi_id"] = f"EDICUST{number:03d}"
        found.append(customer)
    return found


def make_erp(rng: random.Random, requests: int) -> tuple[dict[str, Any], list[Order]]:
    """A distributor of the month's size: twice as many orders as requests."""
    people = customers(max(20, requests // 50))
    items = [
        {
            "sku": f"{category[:3].upper()}-{number:04d}",
            "description": f"{category} item {number}",
            "unit_cost": f"{rng.uniform(5, 150):.2f}",
            "category": category,
            "returnable": True,
        }
        for category in CATEGORIES
        for number in range(25)
    ]
    erp: dict[str, Any] = {
        "customers": people,
        "vendors": [],
        "items": items,
        "orders": [],
        "shipments": [],
        "invoices": [],
    }
    orders = []
    for number in range(max(200, 2 * requests)):
        customer = rng.randrange(len(people))
        shipped = MONTH - timedelta(days=12) + timedelta(days=rng.randrange(38))
        lines = tuple(
            (str(item["sku"]), rng.randint(4, 60)) for item in rng.sample(items, rng.randint(1, 4))
        )
        prices = {sku: f"{rng.uniform(8, 220):.2f}" for sku, _ in lines}
        order = Order(
            f"SO-{300000 + number}", customer, f"PO-{80000 + number}", shipped + timedelta(2), lines
        )
        orders.append(order)
        priced = [
            {"sku": sku, "quantity": quantity, "unit_price": prices[sku]} for sku, quantity in lines
        ]
        erp["orders"].append(
            {
                "order_number": order.number,
                "customer_id": people[customer]["id"],
                "po_number": order.po,
                "order_date": (shipped - timedelta(days=3)).isoformat(),
                "lines": [{"line_no": i + 1, **line} for i, line in enumerate(priced)],
            }
        )
        erp["shipments"].append(
            {
                "shipment_id": f"SH-{300000 + number}",
                "order_number": order.number,
                "site": rng.choice(("DC-EAST", "DC-WEST")),
                "carrier": rng.choice(("RL-CARRIERS", "OD-FREIGHT", "XPO-LTL")),
                "ship_date": shipped.isoformat(),
                "delivery_date": order.delivered.isoformat(),
                "lines": [{"sku": sku, "quantity": quantity} for sku, quantity in lines],
            }
        )
        erp["invoices"].append(
            {
                "invoice_number": f"INV-{300000 + number}",
                "order_number": order.number,
                "invoice_date": shipped.isoformat(),
                "lines": priced,
            }
        )
    return erp, orders


def claim_of(rng: random.Random, order: Order) -> tuple[str, list[tuple[str, int, str]]]:
    """The reason and the lines (sku, quantity, reason) a customer claims on an order."""
    reason = rng.choices(list(REASONS), weights=(5, 3, 2, 1, 1))[0]
    chosen = rng.sample(order.lines, rng.randint(1, min(2, len(order.lines))))
    return reason, [
        (sku, rng.randint(1, max(1, quantity // 4)), reason) for sku, quantity in chosen
    ]


def sentences(order: Order, lines: list[tuple[str, int, str]]) -> list[str]:
    return [f"On order {order.number}, {q} x {sku} {REASONS[r][0]}." for sku, q, r in lines]


def scan_pages(job: tuple[int, list[str], str]) -> bytes:
    """A page scanned to PDF (no text layer), or a phone photo (JPEG): made in a pool."""
    import make_documents as make

    seed, lines, kind = job
    rng = random.Random(seed)
    if kind == "photo":
        photo = make.label_photo(lines[:4], rng, size=(1600, 1200))
        buffer = io.BytesIO()
        photo.save(buffer, "JPEG", quality=82)
        return buffer.getvalue()
    page = make.render(make.text_pdf([lines], courier=True), dpi=200)
    return bytes(make.image_pdf([make.scanned(page, rng, angle=rng.uniform(-1.2, 1.2))], dpi=200))


def make_month(n: int, seed: int) -> Month:
    """The ERP data and n requests of the month, the same for a seed."""
    import make_documents as make

    rng = random.Random(seed)
    erp, orders = make_erp(rng, n)
    month = Month(erp=erp)
    people = erp["customers"]
    kinds = [kind for kind, share in MIX.items() for _ in range(round(share * n))]
    rng.shuffle(kinds)
    picked = rng.sample(orders, len(kinds))
    scans: list[tuple[int, list[str], str]] = []
    plans: list[tuple[str, Order, str, list[tuple[str, int, str]], int]] = []
    for number, (kind, order) in enumerate(zip(kinds, picked, strict=True)):
        reason, lines = claim_of(rng, order)
        plans.append((kind, order, reason, lines, number))
        if kind in ("mail-scan-pdf", "api-scan", "mail-photo"):
            text = ["RETURN REQUEST", "", f"Order: {order.number}   PO: {order.po}", ""]
            text += [*sentences(order, lines), "", f"Signed: {people[order.customer]['name']}"]
            photo = kind == "mail-photo" or (kind == "api-scan" and number % 3 == 0)
            if photo:
                text = [order.number, *(f"{sku} x{q} {r}" for sku, q, r in lines)]
            scans.append((seed * 100_000 + number, text, "photo" if photo else "scan"))
    with ProcessPoolExecutor(max_workers=len(os.sched_getaffinity(0))) as pool:
        made = iter(pool.map(scan_pages, scans, chunksize=4))
    edi_batch: list[tuple[Order, list[tuple[str, int, str]], int]] = []
    for kind, order, reason, lines, number in plans:
        person = people[order.customer]
        contact = person["contacts"][0]
        received = order.delivered + timedelta(days=rng.randrange(0, 4))
        ident = f"month-{seed}-{number:05d}"
        if kind.startswith("mail-"):
            message = EmailMessage()
            message["From"] = f"{contact['name']} <{contact['email']}>"
            message["To"] = "returns@distributor.example"
            message["Subject"] = f"{order.number} - {reason.lower().replace('_', ' ')}"
            sent = datetime.combine(received, datetime.min.time(), UTC) + timedelta(hours=15)
            message["Date"] = format_datetime(sent)
            message["Message-ID"] = f"<{ident}@{person['email_domains'][0]}>"
            body = "\n".join(
                ["Hello,", "", *sentences(order, lines), "", "Thanks,", contact["name"]]
            )
            if kind == "mail-html":
                paragraphs = "".join(f"<p>{s}</p>" for s in body.split("\n") if s)
                message.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
            elif kind == "mail-scan-pdf":
                message.set_content("Hello,\n\nOur claim is in the scan attached.\n\nThanks\n")
                message.add_attachment(
                    next(made), maintype="application", subtype="pdf", filename="scan.pdf"
                )
            else:
                message.set_content(body + "\n")
                if kind == "mail-text-pdf":
                    form = make.text_pdf([["Claim form", "", *sentences(order, lines)]])
                    message.add_attachment(
                        form, maintype="application", subtype="pdf", filename="claim.pdf"
                    )
                elif kind == "mail-photo":
                    message.add_attachment(
                        next(made), maintype="image", subtype="jpeg", filename="photo.jpg"
                    )
            month.mails.append(message.as_bytes())
            month.kinds[f"{ident}@{person['email_domains'][0]}"] = kind
        elif kind == "api-form":
            fields = {
                "order_number": order.number,
                "lines": json.dumps([{"sku": s, "quantity": q, "reason": r} for s, q, r in lines]),
                "note": "sent from the portal",
            }
            month.api.append((kind, {"customer": person["id"], "data": fields}))
        elif kind == "api-scan":
            data = next(made)
            name = f"{ident}.{'pdf' if data.startswith(b'%PDF') else 'jpg'}"
            month.api.append((kind, {"customer": person["id"], "file": (name, data)}))
            month.kinds[name] = kind
        elif kind == "api-text":
            name = f"{ident}.txt"
            note = "\n".join(sentences(order, lines)) + "\nPlease credit our account.\n"
            month.api.append((kind, {"customer": person["id"], "file": (name, note.encode())}))
            month.kinds[name] = kind
        else:
            edi_batch.append((order, lines, number))
    # The EDI partners' claims on their own orders: one interchange a day's few sets.
    edi_people = [i for i, p in enumerate(people) if "edi_id" in p]
    by_partner: dict[int, list[tuple[Order, list[tuple[str, int, str]], int]]] = defaultdict(list)
    for order, lines, number in edi_batch:
        by_partner[edi_people[number % len(edi_people)]].append((order, lines, number))
    for partner, claims in sorted(by_partner.items()):
        for start in range(0, len(claims), 3):
            month.edi.append(interchange(people[partner], claims[start : start + 3], erp, seed))
            month.edi_sets += len(claims[start : start + 3])
    return month


def interchange(
    partner: dict[str, Any], claims: list[tuple[Order, list[tuple[str, int, str]], int]],
    erp: dict[str, Any], seed: int,
) -> bytes:  # fmt: skip
    """An X12 180 interchange from a partner, one set a claim (on an order of the partner's:
    the order's lines are re-pointed at it, as an EDI partner claims only its own)."""
    sender = partner["edi_id"]
    control = claims[0][2] + 1
    sets = []
    for index, (order, lines, _number) in enumerate(claims, start=1):
        for record in erp["orders"]:
            if record["order_number"] == order.number:
                record["customer_id"] = partner["id"]
        body = [f"BGN*00*RA-{seed}-{control}-{index}*{order.delivered + timedelta(1):%Y%m%d}"]
        body.append(f"N9*VN*{order.number}")
        for sku, quantity, reason in lines:
            code = REASONS[reason][1]
            rdr = f"RDR**{code}" if code else f"RDR****{REASONS[reason][0]}"
            body += [f"BLI*VP*{sku}*{quantity}*EA", rdr]
        st02 = f"{index:04d}"
        sets += [f"ST*180*{st02}", *body, f"SE*{len(body) + 2}*{st02}"]
    isa = (
        f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*DISTRIBUTOR    "
        f"*261115*0900*U*00401*{control:09d}*0*P*>"
    )
    gs = f"GS*AN*{sender}*DISTRIBUTOR*20261115*0900*{control}*X*004010"
    tail = [f"GE*{len(claims)}*{control}", f"IEA*1*{control:09d}"]
    return ("~\n".join([isa, gs, *sets, *tail]) + "~\n").encode()


# --- running it -------------------------------------------------------------------------------


@dataclass
class Tree:
    """CPU and memory of a process and its descendants, sampled from /proc."""

    name: str
    pid: int
    cpu: float = 0.0  # seconds, the tree's, reaped children included
    own_cpu: float = 0.0
    peak_rss: int = 0  # bytes, the process itself (VmHWM)
    children_rss: int = 0  # the largest child seen (readers, Tesseract)

    def sample(self) -> None:
        pids = descendants(self.pid)
        total = 0.0
        for pid in [self.pid, *pids]:
            times = cpu_times(pid)
            if times is None:
                continue
            own, children = times
            total += own + children
            if pid == self.pid:
                self.own_cpu = max(self.own_cpu, own)
                self.peak_rss = max(self.peak_rss, status_kib(pid, "VmHWM") * 1024)
            else:
                self.children_rss = max(self.children_rss, status_kib(pid, "VmRSS") * 1024)
        self.cpu = max(self.cpu, total)


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{current}/task/{task}/children").read_text().split()
            except OSError:
                continue
            found += map(int, children)
            todo += map(int, children)
    return found


def cpu_times(pid: int) -> tuple[float, float] | None:
    """(user + system, reaped children's user + system) in seconds."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    tick = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / tick, (int(fields[13]) + int(fields[14])) / tick


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all processes, every core)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = values[3] + values[4]  # idle, iowait
    return (sum(values) - idle) / os.sysconf("SC_CLK_TCK")


def status_kib(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    """The database URL of one run: a SQLite file, or a PostgreSQL database made for it."""
    if kind == "sqlite":
        yield f"sqlite:///{(folder / 'intake.sqlite3').resolve()}"
        return
    import psycopg

    name = f"bench_month_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run_intake(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [INTAKE, *args], env=env, input=stdin, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"intake {' '.join(args)}: {done.stderr[-2000:]}")
    return done.stdout


def api_keys(url: str, data: Path, customers: set[str]) -> dict[str, str]:
    """An API key for each customer that posts (as `intake keys create` makes them)."""
    from app.auth.keys import create_key
    from app.context import build_context
    from app.db import transaction
    from app.settings import Settings

    ctx = build_context(Settings(data_dir=data, database_url=url))
    try:
        with transaction(ctx.sessions) as session:
            return {c: create_key(session=session, customer_id=c) for c in sorted(customers)}
    finally:
        ctx.engine.dispose()


def counts(url: str) -> tuple[int, int]:
    """(requests, requests not yet processed). Work lost between a commit and its start is
    found again by the workers' sweep, so every request taken in is processed in the end."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            total = connection.scalar(text("SELECT count(*) FROM requests")) or 0
            waiting = connection.scalar(
                text("SELECT count(*) FROM requests WHERE status IN ('RECEIVED', 'PROCESSING')")
            )
        return int(total), int(waiting or 0)
    finally:
        engine.dispose()


def request_kinds(url: str, month: Month) -> dict[str, str]:
    """Each request's kind, from its Message-ID, file name or channel."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    kinds = {}
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, channel, source, meta FROM requests"))
            for request_id, channel, source, meta in rows:
                meta = json.loads(meta) if isinstance(meta, str) else (meta or {})
                message_id = (meta.get("message_id") or "").strip("<>")
                kinds[request_id] = (
                    month.kinds.get(message_id)
                    or month.kinds.get(source or "")
                    or {"edi": "edi-180", "form": "api-form"}.get(channel, channel)
                )
    finally:
        engine.dispose()
    return kinds


@dataclass
class Probe:
    """Latencies of GET /health and GET /review while the month runs."""

    health: list[float] = field(default_factory=list)
    review: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "GET /review: 500"


def probe(base: str, stop: threading.Event, found: Probe) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        sign_in(client)
        while not stop.is_set():
            for path, into in (("/health", found.health), ("/review", found.review)):
                started = time.perf_counter()
                try:
                    answer = str(client.get(path).status_code)
                except httpx.HTTPError as error:
                    answer = type(error).__name__
                into.append(time.perf_counter() - started)
                if answer != "200":
                    found.errors.append(f"GET {path}: {answer}")
            stop.wait(0.25)


def sign_in(client: httpx.Client) -> None:
    page = client.get("/login").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    answer = client.post(
        "/login", data={"email": REVIEWER, "password": REVIEWER_PASSWORD, "csrf_token": token}
    )
    if answer.status_code != 303 or client.get("/review").status_code != 200:
        raise RuntimeError("the reviewer could not sign in")


def post_api(base: str, month: Month, keys: dict[str, str], posted: list[float]) -> None:
    """Post the month's portal forms and uploads, as customers' systems would."""
    with httpx.Client(base_url=base, timeout=120) as client:
        for _kind, item in month.api:
            headers = {"Authorization": f"Bearer {keys[item['customer']]}"}
            started = time.perf_counter()
            if "file" in item:
                answer = client.post(
                    "/api/v1/requests", files={"files": item["file"]}, headers=headers
                )
            else:
                answer = client.post("/api/v1/requests", data=item["data"], headers=headers)
            posted.append(time.perf_counter() - started)
            if answer.status_code != 202:
                raise RuntimeError(f"the API answered {answer.status_code}: {answer.text[:300]}")


@dataclass
class Run:
    db: str
    wall: float
    requests: int
    trees: list[Tree]
    probes: Probe
    posted: list[float]
    stages: list[dict[str, Any]]
    kinds: dict[str, str]
    machine: float  # CPU seconds the machine was busy during the run, everyone's
    load: float  # the 1-minute load average at the end


def run_month(month: Month, *, db: str, workers: int, folder: Path) -> Run:
    """Take the month in through the channels and process it; the figures of the run."""
    data = folder / db
    (data / "edi-in").mkdir(parents=True)
    with database(db, data) as url, running_dovecot(data / "dovecot") as dovecot:
        port = free_port()
        env = {
            **os.environ,
            "INTAKE_DATA_DIR": str(data),
            "INTAKE_DATABASE_URL": url,
            "INTAKE_LOG_FORMAT": "json",
            "INTAKE_LOG_LEVEL": "INFO",
            "INTAKE_PORT": str(port),
            "INTAKE_GENERATE_SECRET_KEY": "true",
            "INTAKE_SECURE_COOKIES": "false",
            "INTAKE_POLL_SECONDS": "2",
            "INTAKE_IMAP_HOST": "127.0.0.1",
            "INTAKE_IMAP_PORT": str(dovecot.port),
            "INTAKE_IMAP_SECURITY": "none",
            "INTAKE_IMAP_USER": USER,
            "INTAKE_IMAP_PASSWORD": PASSWORD,
            "INTAKE_EDI_INBOX": str(data / "edi-in"),
        }
        (data / "erp.json").write_text(json.dumps(month.erp))
        run_intake(env, "erp", "load", str(data / "erp.json"))
        keys = api_keys(url, data, {item["customer"] for _, item in month.api})
        run_intake(env, "users", "add", REVIEWER, "--role", "reviewer", stdin=REVIEWER_PASSWORD)
        client = imaplib.IMAP4("127.0.0.1", dovecot.port)
        client.login(USER, PASSWORD)
        for message in month.mails:
            client.append("INBOX", "", imaplib.Time2Internaldate(time.time()), message)
        client.logout()
        for number, interchange_bytes in enumerate(month.edi):
            (data / "edi-in" / f"{number:05d}.edi").write_bytes(interchange_bytes)

        logs = [open(data / f"{name}.log", "wb") for name in ["serve", *map(str, range(workers))]]  # noqa: SIM115
        serve = subprocess.Popen([INTAKE, "serve", "--no-worker"], env=env, stderr=logs[0])
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: answers(base), what="intake serve")
        trees = [Tree("serve", serve.pid)]
        probes, posted = Probe(), list[float]()
        stop = threading.Event()
        started, busy = time.perf_counter(), machine_busy()
        processes = [serve]
        for number in range(workers):
            worker = subprocess.Popen([INTAKE, "worker"], env=env, stderr=logs[number + 1])
            processes.append(worker)
            trees.append(Tree(f"worker-{number + 1}", worker.pid))
        threads = [
            threading.Thread(target=probe, args=(base, stop, probes), daemon=True),
            threading.Thread(target=post_api, args=(base, month, keys, posted), daemon=True),
        ]
        for thread in threads:
            thread.start()
        try:
            expected, last = month.requests, ""
            while True:
                for tree in trees:
                    tree.sample()
                total, waiting = counts(url)
                line = f"  {db}: {total}/{expected} taken in, {waiting} waiting"
                if line != last:
                    print(f"{line} at {time.perf_counter() - started:.0f} s", file=sys.stderr)
                    last = line
                done = total >= expected and not waiting
                if done and not threads[1].is_alive():
                    break
                if any(p.poll() is not None for p in processes):
                    raise RuntimeError(f"a process ended; see the logs in {data}")
                time.sleep(0.5)
            wall, busy = time.perf_counter() - started, machine_busy() - busy
            load = float(Path("/proc/loadavg").read_text().split()[0])
        finally:
            stop.set()
            for process in processes:  # only the processes started here, by their pid
                process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
            for log in logs:
                log.close()
        kinds = request_kinds(url, month)
    stages = []
    for number in range(workers):
        for raw in (data / f"{number}.log").read_text().splitlines():
            if '"pipeline.stages"' in raw:
                stages.append(json.loads(raw))
    return Run(db, wall, expected, trees, probes, posted, stages, kinds, busy, load)


def answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/health", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def wait_for(condition: Any, *, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise TimeoutError(f"{what} did not start")


# --- OCR against the command line -------------------------------------------------------------


def ocr_pages_of(month: Month, limit: int) -> list[tuple[Any, int | None]]:
    """The page images our reader gives to OCR (rendered, as sent), of the first scans."""
    from extractors.documents.images import open_pages
    from extractors.documents.limits import Limits
    from extractors.documents.pdf import read_pages

    pages: list[tuple[Any, int | None]] = []
    files = [item["file"][1] for kind, item in month.api if kind == "api-scan"]
    for data in files[:limit]:
        if data[:4] == b"%PDF":
            deadline = time.monotonic() + 60
            for page in read_pages(data, name="p.pdf", limits=Limits(), deadline=deadline):
                if not isinstance(page, str) and page.image is not None:
                    pages.append((page.image, page.dpi))
        else:
            opened = open_pages(data, name="p.jpg", limits=Limits())
            pages += [(image, opened.dpi) for image in opened.pages]
    return pages[:limit]


@dataclass(frozen=True)
class OcrComparison:
    """Our OCR of the same pages against the `tesseract` command line's, best of 3 each:
    wall seconds `cores` pages at a time, and CPU seconds (Tesseracts and this process),
    which other work on the machine does not inflate."""

    pages: int
    own: float
    theirs: float
    own_cpu: float
    theirs_cpu: float


def cpu_seconds() -> float:
    """CPU time of this process and of its children that ended."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def compare_ocr(month: Month, folder: Path, limit: int) -> OcrComparison:
    """Our OCR of the month's first scanned pages against the command line's."""
    from extractors.documents.ocr import Tesseract, prepare, read_page

    cores = len(os.sched_getaffinity(0))
    pages = ocr_pages_of(month, limit)
    files = []
    for number, (image, dpi) in enumerate(pages):
        prepared, scale = prepare(image)  # what Tesseract is given: the same pixels
        path = folder / f"page-{number}.png"
        if dpi:
            prepared.save(path, dpi=(round(dpi * scale),) * 2)
        else:
            prepared.save(path)
        files.append((path, round(dpi * scale) if dpi else None))
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def cli(item: tuple[Path, int | None]) -> None:
        dpi = ["--dpi", str(item[1])] if item[1] else []
        subprocess.run(
            ["tesseract", str(item[0]), "stdout", *dpi], env=env, capture_output=True, check=True
        )

    def ours(item: tuple[Any, int | None]) -> None:
        read_page(Tesseract(), item[0], dpi=item[1], timeout_s=60)

    def timed_pool(work: Any, items: list[Any]) -> tuple[float, float]:
        started, cpu = time.perf_counter(), cpu_seconds()
        with ThreadPoolExecutor(max_workers=cores) as pool:
            list(pool.map(work, items))
        return time.perf_counter() - started, cpu_seconds() - cpu

    theirs, own = [], []
    for _ in range(3):
        theirs.append(timed_pool(cli, files))
        own.append(timed_pool(ours, pages))
    return OcrComparison(
        len(pages),
        own=min(wall for wall, _ in own),
        theirs=min(wall for wall, _ in theirs),
        own_cpu=min(cpu for _, cpu in own),
        theirs_cpu=min(cpu for _, cpu in theirs),
    )


# --- the figures ------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def spread(values: list[float], unit: float = 1.0) -> str:
    if not values:
        return "-"
    p50, p95, p99 = (percentile(values, q) * unit for q in (0.5, 0.95, 0.99))
    return f"{p50:9.1f} {p95:9.1f} {p99:9.1f}"


def report(run: Run, ocr: OcrComparison | None) -> None:
    minutes = run.wall / 60
    print(f"\n== {run.db}: {run.requests} requests, {len(run.trees) - 1} workers ==")
    print(
        f"wall time {run.wall:.1f} s ({minutes:.2f} min): {run.requests / minutes:.0f} requests/min"
    )
    by_request = [s for s in run.stages if "request_id" in s]
    acts = [s["act_ms"] for s in run.stages if "act_ms" in s]
    print(f"\n{'stage (ms)':<22} {'n':>6} {'p50':>9} {'p95':>9} {'p99':>9}")
    for stage in ("read", "ocr", "extract", "lock", "identify", "decide", "total"):
        values = [s[f"{stage}_ms"] for s in by_request if f"{stage}_ms" in s]
        print(f"{stage:<22} {len(values):>6} {spread(values)}")
    print(f"{'act (per case)':<22} {len(acts):>6} {spread(acts)}")
    pages = sum(s.get("ocr_pages", 0) for s in by_request)
    print(f"\n{'pipeline by kind (ms)':<22} {'n':>6} {'p50':>9} {'p95':>9} {'p99':>9}")
    grouped: dict[str, list[float]] = defaultdict(list)
    for event in by_request:
        grouped[run.kinds.get(event["request_id"], "?")].append(event["total_ms"])
    for kind in MIX:
        print(f"{kind:<22} {len(grouped[kind]):>6} {spread(grouped[kind])}")
    plain = [e for e in by_request if run.kinds.get(e["request_id"]) == "mail-plain"]
    parts = (
        f"{stage} {percentile(values, 0.5):.1f}"
        for stage in ("read", "extract", "lock", "identify", "decide")
        if (values := [e[f"{stage}_ms"] for e in plain if f"{stage}_ms" in e])
    )
    cpu = [e["cpu_ms"] for e in plain if "cpu_ms" in e]
    print(
        f"  mail-plain p50 by stage (ms): {', '.join(parts)}"
        + (f"; its thread's CPU time p50 {percentile(cpu, 0.5):.1f}" if cpu else "")
    )
    print(f"\n{'process':<12} {'CPU s':>8} {'own':>8} {'peak RSS':>10} {'children':>10}")
    for tree in run.trees:
        print(
            f"{tree.name:<12} {tree.cpu:>8.1f} {tree.own_cpu:>8.1f} "
            f"{tree.peak_rss / 2**20:>7.0f} MiB {tree.children_rss / 2**20:>6.0f} MiB"
        )
    print("  (CPU s: the process and its readers and Tesseracts; children: the largest seen)")
    ours = sum(tree.cpu for tree in run.trees)
    cores = len(os.sched_getaffinity(0))
    print(
        f"the machine: {run.machine:.0f} CPU s busy of {cores} x {run.wall:.0f} s "
        f"({run.machine / cores / run.wall:.0%}); ours {ours:.0f}, other work "
        f"{max(run.machine - ours, 0):.0f}; load average {run.load:.1f} at the end"
    )
    print(f"\n{'latency (ms)':<22} {'n':>6} {'p50':>9} {'p95':>9} {'p99':>9}")
    print(f"{'GET /health':<22} {len(run.probes.health):>6} {spread(run.probes.health, 1000)}")
    print(
        f"{'GET /review (queue)':<22} {len(run.probes.review):>6} {spread(run.probes.review, 1000)}"
    )
    print(f"{'POST /api/v1/requests':<22} {len(run.posted):>6} {spread(run.posted, 1000)}")
    if run.probes.errors:
        told = ", ".join(f"{what} x{n}" for what, n in Counter(run.probes.errors).items())
        print(f"  {len(run.probes.errors)} probes did not answer 200: {told}")
    ocr_ms = sum(s.get("ocr_ms", 0.0) for s in by_request)
    if pages:
        print(f"\nOCR in the run: {pages} pages, {ocr_ms / pages / 1000:.2f} s a page (under load)")
    if ocr is not None:
        cores = len(os.sched_getaffinity(0))
        print(
            f"OCR of {ocr.pages} of those pages after the run, {cores} at a time: "
            f"ours {ocr.own:.2f} s, tesseract CLI {ocr.theirs:.2f} s; ratio "
            f"{ocr.own / ocr.theirs:.2f} (CLI {ocr.theirs / ocr.pages * cores:.2f} s a page)\n"
            f"  in CPU seconds: ours {ocr.own_cpu:.2f}, tesseract CLI {ocr.theirs_cpu:.2f}; "
            f"ratio {ocr.own_cpu / ocr.theirs_cpu:.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="requests in the month")
    parser.add_argument("--quick", action="store_true", help="about 100 requests, SQLite only")
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--ocr-pages", type=int, default=24, help="pages compared with the CLI")
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    args = parser.parse_args()
    n = 100 if args.quick else args.n
    dbs = ["sqlite"] if args.quick else ["sqlite", "postgres"] if args.db == "both" else [args.db]
    if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
        raise SystemExit("needs dovecot (apt-get install -y dovecot-imapd)")
    started = time.perf_counter()
    month = make_month(n, args.seed)
    print(
        f"made the month in {time.perf_counter() - started:.1f} s: {month.requests} requests "
        f"({len(month.mails)} mails, {len(month.api)} API, {month.edi_sets} EDI sets in "
        f"{len(month.edi)} interchanges), {len(month.erp['orders'])} orders, "
        f"{len(month.erp['customers'])} customers",
        flush=True,
    )
    folder = Path(tempfile.mkdtemp(prefix="bench-month-"))
    folder.chmod(0o755)  # Dovecot's processes read its configuration under it
    try:
        for db in dbs:
            run = run_month(month, db=db, workers=args.workers, folder=folder)
            ocr = compare_ocr(month, folder, args.ocr_pages) if db == dbs[-1] else None
            report(run, ocr)
            sys.stdout.flush()
        # A plain mail's pipeline without the month's load: 60 of its plain mails, alone.
        from bench.plain_mail import alone, only_plain

        print("\nafter the runs, on the same machine:")
        for db in dbs:
            alone(month.erp, only_plain(month.mails)[:60], db)
    finally:
        if args.keep:
            print(f"data kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
