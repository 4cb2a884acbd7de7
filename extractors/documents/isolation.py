"""Run a parser of untrusted files in a child process, so that it cannot hang or crash ours.

The child is started from a fork server (a clean process with the readers already
imported; "spawn" where there is none), caps its own address space (RLIMIT_AS), and
leads its own process group, so that on timeout the child and anything it started
(Tesseract) are killed together. It may run at a lower CPU priority (niceness), which its
Tesseracts inherit: reading scans is batch work that must not slow the pages and the
requests that need no reading. Its temporary files (Tesseract's page images) go to a
folder of its own, removed when it ends, killed or not. Results travel back pickled.
"""

import contextlib
import multiprocessing
import os
import resource
import shutil
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")

_PRELOAD = ["extractors.documents.read"]  # imported once by the fork server, not per child
_KILL_WAIT_S = 5.0


@dataclass(frozen=True)
class IsolationFailure:
    """Why an isolated call returned no result, worded for a problem string."""

    problem: str


def read_isolated(
    func: Callable[..., T],
    *args: Any,
    timeout_s: float,
    memory_bytes: int | None,
    niceness: int = 0,
) -> T | IsolationFailure:
    """func(*args) in a child process, within a wall-clock timeout and a memory cap, its
    CPU priority lowered by `niceness`."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    folder = tempfile.mkdtemp(prefix="reader-")
    process = context.Process(
        target=_child, args=(sender, func, args, memory_bytes, niceness, folder), daemon=True,
        name="reader",
    )  # fmt: skip
    try:
        process.start()
    except OSError as error:
        receiver.close()
        sender.close()
        shutil.rmtree(folder, ignore_errors=True)
        return IsolationFailure(f"the reader process could not start ({type(error).__name__})")
    sender.close()
    try:
        if not receiver.poll(timeout_s):
            return IsolationFailure(f"reading took longer than {timeout_s:g} s; stopped")
        try:
            status, value = receiver.recv()
        except (EOFError, OSError):
            process.join(_KILL_WAIT_S)
            return IsolationFailure(_crash_problem(process.exitcode))
    finally:
        receiver.close()
        _kill(process)
        shutil.rmtree(folder, ignore_errors=True)
    if status == "ok":
        return value  # type: ignore[no-any-return]
    return IsolationFailure(str(value))


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _child(
    sender: Connection,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    memory_bytes: int | None,
    niceness: int,
    folder: str,
) -> None:
    """The child: its own process group, temporary folder, memory cap and priority, then
    the call; sends (status, value)."""
    os.setpgrp()
    tempfile.tempdir = os.environ["TMPDIR"] = folder
    if niceness:
        os.nice(niceness)
    try:
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        result: tuple[str, Any] = ("ok", func(*args))
    except MemoryError:
        result = ("error", f"reading needed more than the memory limit of {_mib(memory_bytes)}")
    except BaseException as error:
        result = ("error", f"the reader failed ({type(error).__name__})")
    try:
        sender.send(result)
    except MemoryError:
        sender.send(
            ("error", f"the result was larger than the memory limit of {_mib(memory_bytes)}")
        )
    except Exception as error:
        sender.send(("error", f"the result could not be sent back ({type(error).__name__})"))
    finally:
        sender.close()


def _kill(process: Any) -> None:
    """Kill the child's process group (it and its Tesseracts), then reap it."""
    pid = process.pid
    if pid is not None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)  # the group exists only once the child led it
    if process.is_alive():
        process.kill()
    process.join(_KILL_WAIT_S)


def _crash_problem(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the reader crashed ({name})"
    return f"the reader crashed (exit code {exitcode})"


def _mib(size: int | None) -> str:
    return f"{(size or 0) / (1024 * 1024):.0f} MiB"
