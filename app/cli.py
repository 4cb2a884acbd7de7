"""The `intake` command (spec/cli.md): erp load, process, serve, worker, keys."""

import json
import sys
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.context import Context

# Each command imports what it uses when it runs, so that `intake --help` and a command
# that needs no database, documents or model start at once.


def _context() -> "Context":
    from app.context import build_context
    from app.logs import configure_logging
    from app.settings import Settings

    settings = Settings()
    configure_logging(level=settings.log_level, fmt=settings.log_format)
    return build_context(settings)


@click.group()
def main() -> None:
    """Returns and exceptions intake: read requests, apply the policy, open cases."""


@main.group()
def erp() -> None:
    """The ERP copy: loaded from a file, or synced from ERPNext."""


@erp.command("load")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def erp_load(path: Path) -> None:
    """Load or refresh the ERP copy from a JSON file (erp-data.md)."""
    from app.db import transaction
    from app.erp.loader import load_erp
    from app.erp.schema import ErpFormatError, load_erp_file

    ctx = _context()
    try:
        document = load_erp_file(path)
    except ErpFormatError as error:
        click.echo(f"refused {path}: nothing was loaded", err=True)
        for problem in error.problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(1)
    except OSError as error:
        click.echo(f"cannot read {path}: {error.strerror}", err=True)
        sys.exit(1)
    with transaction(ctx.sessions) as session:
        report = load_erp(session=session, document=document)
    click.echo(report.summary())


@erp.command("sync")
def erp_sync() -> None:
    """Refresh the ERP copy from ERPNext (INTAKE_ERP=erpnext; docs/erpnext.md)."""
    from app.db import transaction
    from app.erp.erpnext.client import ErpNextError
    from app.erp.erpnext.connection import ErpNextConnection
    from app.erp.erpnext.sync import ensure_custom_fields, fetch
    from app.erp.loader import load_erp
    from app.erp.schema import ErpFormatError

    ctx = _context()
    if not isinstance(ctx.erp, ErpNextConnection):
        raise click.UsageError("set INTAKE_ERP=erpnext (and its URL and token) to sync")
    try:
        for added in ensure_custom_fields(ctx.erp.client):
            click.echo(f"added the custom field {added} in ERPNext")
        document = fetch(ctx.erp.client)
    except ErpNextError as error:
        raise click.ClickException(str(error)) from error
    except ErpFormatError as error:
        click.echo("ERPNext's data breaks the exchange format: nothing was loaded", err=True)
        for problem in error.problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(1)
    with transaction(ctx.sessions) as session:
        report = load_erp(session=session, document=document)
    click.echo(report.summary())


@main.command()
@click.option(
    "--channel",
    type=click.Choice(["auto", "email", "upload", "edi"]),
    default="auto",
    show_default=True,
)
@click.option("--customer", help="the submitting customer account of an upload")
@click.option("--received-at", "received_at", help="override the received date (ISO date)")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per file per line")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def process(
    channel: str,
    customer: str | None,
    received_at: str | None,
    as_json: bool,
    paths: tuple[Path, ...],
) -> None:
    """Take each file in as one request and print its result."""
    from app.jobs.local import process_file
    from app.requests.envelope import Channel
    from app.requests.files import parse_received_at

    try:
        moment = parse_received_at(received_at) if received_at else None
    except ValueError as error:
        raise click.BadParameter(
            f"not an ISO date: {received_at}", param_hint="--received-at"
        ) from error
    ctx = _context()
    failed = False
    files = _expand(paths)
    with _progress(files) as progress:
        for path in progress:
            result = process_file(
                ctx,
                path,
                channel=None if channel == "auto" else cast(Channel, channel),
                customer=customer,
                received_at=moment,
            )
            failed = failed or "error" in result
            click.echo(json.dumps(result) if as_json else _human(result))
    sys.exit(1 if failed else 0)


def _progress(files: list[Path]) -> AbstractContextManager[Iterable[Path]]:
    """A progress bar with the rate and the time left, on a terminal's standard error only:
    standard output keeps exactly its lines (cli.md)."""
    if len(files) < 2 or not sys.stderr.isatty():
        return nullcontext(files)
    started = time.monotonic()
    done = [0]

    def rate(_: Path | None) -> str:
        done[0] += 1
        return f"{done[0] / max(time.monotonic() - started, 1e-6):.1f} files/s"

    return click.progressbar(
        files, label="processing", file=sys.stderr, show_pos=True, show_eta=True,
        item_show_func=rate,
    )  # fmt: skip


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            )
        else:
            files.append(path)
    return files


def _human(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"{result['source']}: ERROR {result['error']}"
    cases = ", ".join(
        f"{c['type']} {c['decision']} {c['credit_total']}"
        + (f" [{' '.join(c['reasons'])}]" if c["reasons"] else "")
        for c in result.get("cases", [])
    )
    order = result.get("order_number") or "-"
    return f"{result['source']}: {result.get('outcome')} {order} {cases}".rstrip()


@main.command()
@click.option(
    "--worker/--no-worker",
    "with_worker",
    default=True,
    help="run the work here too (the default: one process does all); --no-worker where "
    "`intake worker` processes run it",
)
def serve(with_worker: bool) -> None:
    """Serve the HTTP API, the portal and the reviewer pages; run the work too."""
    import threading

    import uvicorn

    from app.auth.secret import session_secret
    from app.jobs import engine
    from app.jobs.worker import run_forever
    from app.logs import log
    from app.server import create_app
    from app.settings import Settings, SettingsError

    try:
        session_secret(Settings())  # fail fast: the pages sign their sessions with it
    except SettingsError as error:
        raise click.ClickException(str(error)) from error
    ctx = _context()
    log.info("serve.start", url=f"http://{ctx.settings.host}:{ctx.settings.port}/docs")
    if ctx.settings.metrics_port:
        from app.insights.live import serve_metrics

        serve_metrics(host=ctx.settings.host, port=ctx.settings.metrics_port, sessions=ctx.sessions)
    stop = threading.Event()
    if with_worker:
        working = threading.Thread(target=run_forever, args=(ctx,), kwargs={"stop": stop})
        working.start()
    else:
        engine.launch(ctx, listen=False)  # what the API takes in is queued for the workers
    try:
        uvicorn.run(
            create_app(ctx), host=ctx.settings.host, port=ctx.settings.port, log_level="warning"
        )
    finally:
        stop.set()
        if with_worker:
            working.join()


@main.command()
@click.option("--once", is_flag=True, help="poll every channel, run all pending work, then exit")
def worker(once: bool) -> None:
    """Run the background worker: channel polling, request processing, actions."""
    from app.jobs.worker import drain, poll_channels, run_forever

    ctx = _context()
    if ctx.settings.worker_metrics_port and not once:
        from app.insights.live import serve_metrics

        serve_metrics(host=ctx.settings.host, port=ctx.settings.worker_metrics_port, sessions=None)
    if once:
        poll_channels(ctx)
        count = drain(ctx)
        click.echo(f"ran {count} works", err=True)
        return
    run_forever(ctx)


@main.group()
def work() -> None:
    """The durable work: what waits, runs and failed; retry or cancel it."""


@work.command("list")
@click.option(
    "--state",
    "states",
    multiple=True,
    type=click.Choice(["waiting", "running", "failed", "done", "cancelled"]),
    help="only work in this state (repeat for more); default all but done",
)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per line")
def work_list(states: tuple[str, ...], as_json: bool) -> None:
    """List work, newest first, with the error of what failed."""
    from app.jobs import engine
    from app.jobs.operator import WorkState, list_work

    engine.launch(_context(), listen=False)
    for row in list_work([WorkState(state) for state in states] or None):
        if as_json:
            click.echo(row.model_dump_json())
        else:
            click.echo(f"{row.state:<9} {row.id}  {row.error or ''}".rstrip())


@work.command("backlog")
@click.option("--json", "as_json", is_flag=True, help="one JSON object")
def work_backlog(as_json: bool) -> None:
    """How many requests are left to process, and when at the recent pace they are done."""
    from app.db import transaction, utcnow
    from app.requests.backlog import backlog

    with transaction(_context().sessions) as session:
        now = backlog(session=session, now=utcnow())
    if as_json:
        click.echo(now.model_dump_json())
        return
    pace = (
        f"done in about {now.minutes_left:g} min"
        if now.minutes_left is not None
        else "none done lately"
    )
    click.echo(
        f"{now.left} left ({now.waiting} waiting, {now.processing} processing); "
        f"{now.per_minute:g} a minute over the last {now.window_minutes} min: {pace}"
    )


@work.command("retry")
@click.argument("work_id")
@click.option("--wait/--no-wait", default=True, help="run it here and wait for it")
def work_retry(work_id: str, wait: bool) -> None:
    """Run failed or cancelled work again, from its first step not done."""
    from app.jobs import engine
    from app.jobs.operator import NoSuchWork, retry

    ctx = _context()
    engine.launch(ctx, listen=wait)
    try:
        again = retry(ctx, work_id, actor=_operator())
    except NoSuchWork as error:
        raise click.ClickException(f"no work {work_id}") from error
    if wait:
        try:
            engine.wait([again])
        except Exception as error:
            raise click.ClickException(f"{work_id} failed again ({again}): {error}") from error
    click.echo(f"retried {work_id} as {again}", err=True)


@work.command("cancel")
@click.argument("work_id")
def work_cancel(work_id: str) -> None:
    """Stop work that waits or runs."""
    from app.jobs import engine
    from app.jobs.operator import NoSuchWork, cancel

    ctx = _context()
    engine.launch(ctx, listen=False)
    try:
        cancel(ctx, work_id, actor=_operator())
    except NoSuchWork as error:
        raise click.ClickException(f"no work {work_id}") from error
    click.echo(f"cancelled {work_id}", err=True)


def _operator() -> str:
    import getpass

    return f"operator:{getpass.getuser()}"


@main.group()
def keys() -> None:
    """API keys."""


@keys.command("create")
@click.option("--customer", help="the customer account the key belongs to")
@click.option("--operator", is_flag=True, help="a key that sees every customer")
@click.option("--label", default="", help="a note on what the key is for")
def keys_create(customer: str | None, operator: bool, label: str) -> None:
    """Make an API key and print it (it is shown only this once)."""
    from app.auth.keys import create_key
    from app.db import transaction

    if bool(customer) == operator:
        raise click.UsageError("give exactly one of --customer ID or --operator")
    ctx = _context()
    with transaction(ctx.sessions) as session:
        if customer and not ctx.erp.reader(session).customer_exists(customer):
            raise click.UsageError(f"no customer {customer} in the ERP data")
        click.echo(create_key(session=session, customer_id=customer, label=label))


@main.group()
def cases() -> None:
    """Cases."""


@cases.command("replay")
@click.argument("case_ids", nargs=-1)
def cases_replay(case_ids: tuple[str, ...]) -> None:
    """Decide cases again from their decision records (all cases when none is named)."""
    from sqlalchemy import select

    from app.cases.replay import replay_case
    from app.cases.tables import Case
    from app.db import transaction
    from app.errors import NotFound

    ctx = _context()
    differ = False
    with transaction(ctx.sessions) as session:
        ids = list(case_ids) or list(session.scalars(select(Case.id).order_by(Case.id)))
        for case_id in ids:
            try:
                replay = replay_case(session=session, case_id=case_id)
            except NotFound as error:
                click.echo(f"{case_id}: {error.message}")
                differ = True
                continue
            differ = differ or not replay.same
            click.echo(f"{case_id}: {'same decision' if replay.same else 'DIFFERENT decision'}")
    sys.exit(1 if differ else 0)


@main.group()
def requests() -> None:
    """Requests."""


@requests.command("keep-text")
def requests_keep_text() -> None:
    """Read again and keep the text of requests processed before it was kept."""
    from app.pipeline.backfill import keep_missing_texts

    ctx = _context()
    done = keep_missing_texts(sessions=ctx.sessions, blobs=ctx.blobs, limits=ctx.limits)
    click.echo(
        f"kept the text of {done.kept} request(s); {done.no_text} had no text to keep; "
        f"{done.unreadable} could not be read again"
    )


@main.group()
def users() -> None:
    """People who sign in on the pages: customers' users and staff."""


@users.command("add")
@click.argument("email")
@click.option(
    "--role", required=True, type=click.Choice(["customer", "reviewer", "finance", "admin"])
)
@click.option("--customer", help="the customer account of a customer user (in the ERP data)")
@click.option("--name", default="", help="the name shown on the pages")
def users_add(email: str, role: str, customer: str | None, name: str) -> None:
    """Add a user. The password is read from standard input, or asked twice at a terminal."""
    from app.auth.passwords import password_problem
    from app.auth.tables import Role
    from app.auth.users import create_user
    from app.db import transaction
    from app.errors import IntakeError

    if (role == "customer") != bool(customer):
        raise click.UsageError("a customer user needs --customer ID; staff users take none")
    password = _read_password()
    problem = password_problem(password)
    if problem:
        raise click.UsageError(problem)
    ctx = _context()
    try:
        with transaction(ctx.sessions) as session:
            user = create_user(
                session=session,
                erp=ctx.erp.reader(session),
                email=email,
                password=password,
                role=Role(role),
                customer_id=customer,
                name=name,
            )
            click.echo(f"added {user.email} ({user.role}{f', {customer}' if customer else ''})")
    except IntakeError as error:
        raise click.ClickException(error.message) from error


def _read_password() -> str:
    """The new password: typed twice at a terminal, else the first line of standard input."""
    if sys.stdin.isatty():
        return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))
    return sys.stdin.readline().rstrip("\r\n")


@users.command("list")
def users_list() -> None:
    """Every user: email, role, customer account, name, and whether it may sign in."""
    from app.auth.users import list_users
    from app.db import transaction

    ctx = _context()
    with transaction(ctx.sessions) as session:
        for user in list_users(session=session):
            state = "disabled" if user.disabled_at else "active"
            fields = (user.email, user.role, user.customer_id or "-", state, user.name or "-")
            click.echo("\t".join(fields))


@users.command("disable")
@click.argument("email")
def users_disable(email: str) -> None:
    """Stop a user from signing in; every session of the user ends."""
    from app.auth.users import disable_user
    from app.db import transaction, utcnow
    from app.errors import IntakeError

    ctx = _context()
    try:
        with transaction(ctx.sessions) as session:
            user = disable_user(session=session, email=email, now=utcnow())
            click.echo(f"disabled {user.email}")
    except IntakeError as error:
        raise click.ClickException(error.message) from error


@users.command("password")
@click.argument("email")
def users_password(email: str) -> None:
    """Change a user's password (read as for `users add`); every session of the user ends."""
    from app.auth.users import change_password
    from app.db import transaction
    from app.errors import IntakeError

    password = _read_password()
    ctx = _context()
    try:
        with transaction(ctx.sessions) as session:
            user = change_password(session=session, email=email, password=password)
            click.echo(f"changed the password of {user.email}; its sessions are ended")
    except IntakeError as error:
        raise click.ClickException(error.message) from error


@main.command("eval")
@click.option(
    "--extractor",
    type=click.Choice(["offline", "llm-recorded", "hybrid-recorded"]),
    default="offline",
    help="llm-recorded, hybrid-recorded: the LLM answers from sample_docs/llm/, no network",
)
@click.option(
    "--set",
    "sample_set",
    default="samples",
    show_default=True,
    help="samples: the requests the extractors were built on; heldout, heldout2: written "
    "blind (any folder of sample_docs/ with requests/ and labels/)",
)
@click.option("--json", "as_json", is_flag=True, help="one JSON object instead of a table")
def evaluate_samples(extractor: str, sample_set: str, as_json: bool) -> None:
    """Score the pipeline on sample_docs/ against the hand-written labels."""
    from app.evaluation import SAMPLE_DOCS, evaluate
    from app.logs import configure_logging
    from app.settings import Settings

    settings = Settings()
    configure_logging(level="WARNING", fmt=settings.log_format)
    if not sample_set.isidentifier():
        raise click.UsageError("--set takes the name of a folder of sample_docs/, e.g. heldout")
    folder = SAMPLE_DOCS if sample_set == "samples" else SAMPLE_DOCS / sample_set
    if not (folder / "requests").is_dir() or not (folder / "labels").is_dir():
        raise click.UsageError(f"no labelled requests in {folder}")
    if sample_set != "samples" and extractor != "offline":
        raise click.UsageError("only the samples have recorded LLM answers: --extractor offline")
    report = evaluate(
        settings,
        folder / "requests",
        folder / "labels",
        SAMPLE_DOCS / "erp" / "sample-erp.json",
        extractor=extractor,
    )
    click.echo(json.dumps(report.as_dict()) if as_json else str(report))


@main.group()
def insights() -> None:
    """The operation's figures and the anomalies worth acting on."""


@insights.command("anomalies")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per anomaly per line")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="from this month on")
def insights_anomalies(as_json: bool, since: Any) -> None:
    """Segments claiming more than they should (docs/insights.md): spikes and rises."""
    from app.insights.service import anomaly_report  # scipy: loaded for this command only

    ctx = _context()
    with ctx.sessions() as session:
        report = anomaly_report(session=session, since=since.date() if since else None)
    for found in report.anomalies:
        click.echo(found.model_dump_json() if as_json else _human_anomaly(found))
    click.echo(
        f"{len(report.anomalies)} anomalies in {report.judged} segment-months judged; "
        f"{report.not_enough_data} with not enough data",
        err=True,
    )


def _human_anomaly(found: Any) -> str:
    return (
        f"{found.period:%Y-%m} {found.metric} {found.test:6} {found.segment}: "
        f"{found.observed} observed, {found.expected:.1f} expected of {found.exposure}, "
        f"p={found.p_value:.2g} ({len(found.cases)} cases)"
    )


@main.group()
def audit() -> None:
    """The audit log of case events."""


@audit.command("verify")
def audit_verify() -> None:
    """Walk the keyed chain of case events, check it against the checkpoints (`audit anchor`)
    and every case's money and statuses against it; exit 1 at the first problem."""
    from app.cases.audit import verify_chain
    from app.db import transaction

    ctx = _context()
    with transaction(ctx.sessions) as session:
        check = verify_chain(
            session=session, keys=ctx.audit_keys, anchors=ctx.settings.audit_anchors_path
        )
    if check.problem is not None:
        click.echo(check.problem)
        sys.exit(1)
    click.echo(f"audit chain intact: {check.events} events")
    click.echo(f"checkpoints matched: {check.checkpoints}", err=True)
    if check.unsealed_cases:
        click.echo(
            f"{check.unsealed_cases} case(s) opened before ledgers were chained, unchanged since",
            err=True,
        )


@audit.command("anchor")
def audit_anchor() -> None:
    """Write the chain's head as a sealed checkpoint to INTAKE_AUDIT_ANCHOR_DIR (run it often)."""
    from app.cases.audit import anchor_head
    from app.db import transaction

    ctx = _context()
    with transaction(ctx.sessions) as session:
        seq, path = anchor_head(
            session=session, keys=ctx.audit_keys, directory=ctx.settings.audit_anchors_path
        )
    click.echo(f"checkpoint at event {seq}: {path}")


@audit.command("rotate-key")
def audit_rotate_key() -> None:
    """Seal new events with a new key in INTAKE_AUDIT_KEY_DIR; the old keys stay for verifying."""
    from app.cases.audit import rotate_key
    from app.db import transaction

    ctx = _context()
    with transaction(ctx.sessions) as session:
        key = rotate_key(session=session, keys=ctx.audit_keys)
    click.echo(f"new events are sealed with key {key.id}")


@main.group()
def webhooks() -> None:
    """Webhook endpoints: where events go (docs/events.md)."""


def _webhook_command(run: "Callable[[Context, Session], object]") -> None:
    """Run `run(session)` in one transaction and print its answer as JSON."""
    from app.db import transaction
    from app.errors import IntakeError

    ctx = _context()
    try:
        with transaction(ctx.sessions) as session:
            click.echo(json.dumps(run(ctx, session), default=str))
    except IntakeError as error:
        raise click.ClickException(error.message) from error


@webhooks.command("add")
@click.argument("url")
@click.option("--event", "events", multiple=True, help="an event type to send (default: all)")
@click.option("--secret", help="whsec_ followed by base64 (default: a new one)")
@click.option("--description", default="", help="a note on who receives it")
def webhooks_add(url: str, events: tuple[str, ...], secret: str | None, description: str) -> None:
    """Add an endpoint and print it as JSON, with its id and signing secret."""
    from app.events.webhooks import EndpointView, add_endpoint

    _webhook_command(
        lambda ctx, session: EndpointView.of(
            add_endpoint(
                session, url=url, event_types=list(events), secret=secret, description=description
            )
        ).model_dump(mode="json")
    )


@webhooks.command("list")
def webhooks_list() -> None:
    """Every endpoint, one JSON object per line."""
    from app.db import transaction
    from app.events.webhooks import EndpointView, endpoints

    ctx = _context()
    with transaction(ctx.sessions) as session:
        for endpoint in endpoints(session):
            click.echo(EndpointView.of(endpoint).model_dump_json())


@webhooks.command("disable")
@click.argument("endpoint_id")
def webhooks_disable(endpoint_id: str) -> None:
    """Stop sending to an endpoint; what happens meanwhile waits for `enable`."""
    from app.events.webhooks import EndpointView, disable

    _webhook_command(
        lambda ctx, session: EndpointView.of(disable(session, endpoint_id)).model_dump(mode="json")
    )


@webhooks.command("enable")
@click.argument("endpoint_id")
def webhooks_enable(endpoint_id: str) -> None:
    """Send to an endpoint again, starting with what waited while it was off."""
    from app.db import utcnow
    from app.events.webhooks import EndpointView, enable

    _webhook_command(
        lambda ctx, session: EndpointView.of(enable(session, endpoint_id, now=utcnow())).model_dump(
            mode="json"
        )
    )


@webhooks.command("test")
@click.argument("endpoint_id")
def webhooks_test(endpoint_id: str) -> None:
    """Post a signed webhook.test event to the endpoint now and print its answer."""
    import httpx

    from app.db import utcnow
    from app.events.webhooks import send_test

    def run(ctx: "Context", session: "Session") -> dict[str, Any]:
        with httpx.Client(timeout=ctx.settings.webhook_timeout_seconds) as client:
            result = send_test(session, endpoint_id, client=client, now=utcnow())
        return result.model_dump(mode="json")

    _webhook_command(run)


@webhooks.command("deliveries")
@click.argument("endpoint_id")
@click.option("--limit", default=100, type=click.IntRange(1, 1000))
def webhooks_deliveries(endpoint_id: str, limit: int) -> None:
    """The endpoint's newest deliveries (status, attempts, last error, response time)."""
    from app.events.webhooks import deliveries

    _webhook_command(
        lambda ctx, session: [
            d.model_dump(mode="json") for d in deliveries(session, endpoint_id, limit=limit)
        ]
    )


@webhooks.command("redeliver")
@click.argument("delivery_id")
def webhooks_redeliver(delivery_id: str) -> None:
    """Send a delivered or failed delivery again (the same event id)."""
    from app.db import utcnow
    from app.events.webhooks import redeliver

    _webhook_command(
        lambda ctx, session: {
            "id": redeliver(session, delivery_id, now=utcnow()).id,
            "queued": True,
        }
    )
