from pathlib import Path

from app.blobs import BlobStore, sha256_hex


def test_blob_is_kept_byte_for_byte_under_its_hash(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    data = b"From: a@b\r\n\r\n\x00\xff binary \xe9"
    digest = store.put(data)
    assert digest == sha256_hex(data)
    assert store.get(digest) == data
    assert store.path_of(digest).parent.parent.parent == tmp_path


def test_storing_the_same_bytes_twice_keeps_one_file(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    first = store.put(b"same")
    second = store.put(b"same")
    assert first == second
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 1


def test_a_blob_left_short_by_a_crash_is_written_whole_by_the_next_put(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    data = b'{"text": "read from a request"}'
    digest = store.put(data, durable=False)
    store.path_of(digest).write_bytes(b"")  # what a crash before the data reached the disk leaves
    assert store.put(data, durable=False) == digest
    assert store.get(digest) == data
