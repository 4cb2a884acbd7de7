"""A content-addressed blob store: raw bytes kept byte for byte under their SHA-256."""

import hashlib
import os
import tempfile
from pathlib import Path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    """Blobs in a folder, two levels of fan-out, written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, data: bytes, *, durable: bool = True) -> str:
        """Store bytes (once) and return their SHA-256.

        durable=False skips the fsync, for what can be made again from a durable blob (the
        text read from a request): a crash may then leave it short, and the next put of
        the same bytes writes it whole again."""
        digest = sha256_hex(data)
        path = self.path_of(digest)
        if _size(path) == len(data):
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                if durable:
                    handle.flush()
                    os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, digest: str) -> bytes:
        """The bytes stored under a SHA-256."""
        return self.path_of(digest).read_bytes()


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None
