"""The import's pipeline with its worker process: small imports are prepared in place; large ones give the
worker 3 chunks to prepare, and while the oldest is not ready this process prepares the next ones itself
(a large import uses both cores), never more than 8 chunks ahead of the consumer; results keep their order;
a failure reaches the caller as itself, once the worker is done with the temporary folder. Who does what is
made deterministic by marks in files (gates), not by timing."""
import functools
import os
import time
from pathlib import Path

import pytest

from filon.offers import importing

SIZE = importing.PARALLEL_FROM


@pytest.fixture
def worker():
    """The import's worker process, started (here, not in a folder a test moves to)."""
    if importing._worker() is None:
        pytest.skip("one core: no worker process, every chunk is prepared in place")
    assert importing._worker().submit(abs, -1).result() == 1


def _chunk(number: int, size: int = SIZE) -> list[int]:
    return list(range((number + 1) * size - 1, number * size - 1, -1))


def _who(parent: int, chunk: list[int]) -> list:
    """The chunk sorted, after who prepared it."""
    return ["here" if os.getpid() == parent else "worker", *sorted(chunk)]


def _gated(parent: int, go: str, chunk: list[int]) -> list:
    """As :func:`_who`; the worker waits (2 s at most) until this process has prepared the chunk numbered 7,
    so that who prepares what does not depend on either process's speed."""
    if os.getpid() == parent:
        if max(chunk) // SIZE == 7:
            Path(go).touch()
    else:
        deadline = time.monotonic() + 2
        while not Path(go).exists() and time.monotonic() < deadline:
            time.sleep(0.001)
    return _who(parent, chunk)


@pytest.mark.parametrize("first, where", [(SIZE - 1, {"here"}), (SIZE, {"worker"})], ids=["small", "large"])
def test_an_import_uses_the_worker_from_its_size(worker, first, where):
    results = list(importing.pipelined(functools.partial(_who, os.getpid()), [_chunk(0, first)]))
    assert [r[1:] for r in results] == [sorted(_chunk(0, first))] and {r[0] for r in results} == where


def test_this_process_helps_when_the_worker_is_behind(worker, tmp_path):
    chunks = [_chunk(n) for n in range(9)]
    results = list(importing.pipelined(functools.partial(_gated, os.getpid(), str(tmp_path / "go")), chunks))
    assert [r[1:] for r in results] == [sorted(c) for c in chunks]
    # 3 chunks in the worker's hands; this process prepares 5 more (8 ahead at most), then waits for the oldest;
    # the last chunk goes to the worker again, which has fewer than 3 in hand by then.
    assert [r[0] for r in results] == ["worker"] * 3 + ["here"] * 5 + ["worker"]


def test_chunks_travel_through_a_private_folder_only(worker, tmp_path, monkeypatch):
    import tempfile

    (tmp_path / "cwd").mkdir()
    (tmp_path / "tmp").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")                 # where the import runs: nothing written there
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    chunks = [_chunk(n) for n in range(4)]
    assert list(importing.pipelined(sorted, chunks)) == [sorted(c) for c in chunks]
    with pytest.raises(TypeError):                      # a failure in the worker reaches the caller
        list(importing.pipelined(int, chunks))
    assert list((tmp_path / "cwd").iterdir()) == list((tmp_path / "tmp").iterdir()) == []



def _fails_in_the_worker(parent: int, go: str, chunk: list[int]) -> list:
    """Chunk 0 fails in the worker once this process has prepared chunk 7 (so that chunks prepared here are in
    hand when the error comes); the others are sorted."""
    if os.getpid() != parent and max(chunk) < SIZE:
        _gated(parent, go, chunk)
        raise ValueError("chunk 0 refused")
    return _gated(parent, go, chunk)


def test_a_failure_in_the_worker_reaches_the_caller_as_itself(worker, tmp_path):
    with pytest.raises(ValueError, match="chunk 0 refused"):
        list(importing.pipelined(functools.partial(_fails_in_the_worker, os.getpid(), str(tmp_path / "go")),
                                 [_chunk(n) for n in range(9)]))


def _fails_here(parent: int, folder: str, chunk: list[int]) -> list:
    """Chunk 3 fails in this process while the worker takes 0.2 s over chunk 0 (marks in ``folder``)."""
    marks = Path(folder)
    if os.getpid() != parent and max(chunk) < SIZE:
        (marks / "started").touch()
        time.sleep(0.2)
        (marks / "finished").touch()
    elif os.getpid() == parent and max(chunk) // SIZE == 3:
        while not (marks / "started").exists():
            time.sleep(0.001)
        raise ValueError("chunk 3 refused")
    return _who(parent, chunk)


def test_after_a_failure_the_worker_finishes_with_the_folder_before_it_goes(worker, tmp_path):
    with pytest.raises(ValueError, match="chunk 3 refused"):
        list(importing.pipelined(functools.partial(_fails_here, os.getpid(), str(tmp_path)),
                                 [_chunk(n) for n in range(9)]))
    assert (tmp_path / "finished").exists()          # the error came once the worker's chunk was done
