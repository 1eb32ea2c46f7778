"""The import's pipeline with its worker process: when the worker is behind, this process prepares the
next chunks itself instead of waiting (a large import uses both cores), and the results keep their order."""
import os
import time

import pytest

from filon.offers import importing


def _slow_sorted(chunk: list[int]) -> list[int]:
    """A chunk prepared in 20 ms, with the id of the process that prepared it first."""
    time.sleep(0.02)
    return [os.getpid(), *sorted(chunk)]


def test_this_process_helps_when_the_worker_is_behind():
    if importing._worker() is None:
        pytest.skip("one core: no worker process, every chunk is prepared in place")
    chunks = [list(range(i + importing.PARALLEL_FROM, i, -1)) for i in range(0, 16 * importing.PARALLEL_FROM,
                                                                               importing.PARALLEL_FROM)]
    results = list(importing.pipelined(_slow_sorted, chunks))
    assert [r[1:] for r in results] == [sorted(c) for c in chunks]
    assert os.getpid() in {r[0] for r in results} and len({r[0] for r in results}) == 2
