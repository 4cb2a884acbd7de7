"""Reading in a child process: results come back, hangs and crashes become problems."""

import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from extractors.documents.isolation import IsolationFailure, read_isolated
from extractors.documents.read import read_documents, read_documents_isolated
from tests.extractors.hostile import pixel_flood_png, text_pdf

CLAIM = ["Claim form for order SO-104233", "SKU VLV-2210-BR quantity 18, crushed in transit"]


def hang_with_a_child(pid_file: str) -> None:
    """A parser that starts a helper process and then never returns."""
    helper = subprocess.Popen(["sleep", "600"])
    Path(pid_file).write_text(str(helper.pid))
    while True:
        time.sleep(1)


def leave_a_file_and_hang(pid_file: str) -> None:
    """A parser that writes a temporary file, then never returns."""
    _, path = tempfile.mkstemp()
    Path(pid_file).write_text(path)
    while True:
        time.sleep(1)


def allocate(size: int) -> int:
    """A parser that needs `size` bytes of memory."""
    return len(bytearray(size))


def die() -> None:
    """A parser that crashes its process."""
    os.kill(os.getpid(), signal.SIGKILL)


def fail() -> None:
    """A parser that raises."""
    raise ValueError("bad token")


def test_the_result_comes_back() -> None:
    assert read_isolated(pow, 2, 10, timeout_s=10, memory_bytes=None) == 1024


def test_the_temporary_files_of_a_reader_killed_at_its_time_limit_are_removed(
    tmp_path: Path,
) -> None:
    told = tmp_path / "path"
    result = read_isolated(leave_a_file_and_hang, str(told), timeout_s=1.5, memory_bytes=None)
    assert isinstance(result, IsolationFailure)
    left = Path(told.read_text())
    assert left.parent.name.startswith("reader-")
    assert not left.parent.exists()


def test_the_reader_runs_at_the_lower_priority_it_is_given() -> None:
    ours = os.nice(0)
    assert read_isolated(os.nice, 0, timeout_s=10, memory_bytes=None, niceness=7) == ours + 7
    assert read_isolated(os.nice, 0, timeout_s=10, memory_bytes=None) == ours


def test_a_parser_that_hangs_is_killed_with_its_children(tmp_path: Path) -> None:
    pid_file = tmp_path / "helper.pid"
    started = time.monotonic()

    result = read_isolated(hang_with_a_child, str(pid_file), timeout_s=1.5, memory_bytes=None)

    assert time.monotonic() - started < 5
    assert result == IsolationFailure("reading took longer than 1.5 s; stopped")
    helper = int(pid_file.read_text())
    assert _gone(helper)


def test_a_parser_past_the_memory_cap_fails_cleanly() -> None:
    result = read_isolated(allocate, 2_000_000_000, timeout_s=10, memory_bytes=512 * 1024 * 1024)

    assert result == IsolationFailure("reading needed more than the memory limit of 512 MiB")


def test_a_crash_and_an_exception_are_problems() -> None:
    assert read_isolated(die, timeout_s=10, memory_bytes=None) == IsolationFailure(
        "the reader crashed (SIGKILL)"
    )
    assert read_isolated(fail, timeout_s=10, memory_bytes=None) == IsolationFailure(
        "the reader failed (ValueError)"
    )


def test_read_documents_isolated_gives_what_read_documents_gives() -> None:
    data = text_pdf([CLAIM])

    isolated = read_documents_isolated(data, kind="upload", name="claim.pdf")

    assert isolated == read_documents(data, kind="upload", name="claim.pdf")
    flood = read_documents_isolated(pixel_flood_png(), kind="upload", name="flood.png")
    assert flood.problems == (
        "flood.png: an image larger than the limit of 40,000,000 pixels; not read",
    )


def _gone(pid: int) -> bool:
    """Whether a process has ended (a zombie waiting to be reaped counts as ended)."""
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except FileNotFoundError:
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False
