"""The index stays exact across processes and crashes (each process is a
real one, killed with SIGKILL where a crash is the point), on the suite's
database (SQLite, or PostgreSQL when the suite runs there)."""
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.databases import fresh_database

SETUP = """
import os, sys, django
django.setup()
from filon.extract import Offer as Record
from filon.offers.importing import store_records
from filon.offers.models import today
from filon.search import index
from filon.search.engine import Query, search
def records(word, n, start=0):
    return [Record(title=f"Animatrice {word} {i}", text=f"Sorties {word} numéro {i}.", published=today().isoformat())
            for i in range(start, start + n)]
"""


@pytest.fixture
def board(tmp_path):
    """The environment of processes sharing one database and one index folder."""
    env = {**os.environ, "FILON_DATABASE_URL": fresh_database("consistency", tmp_path),
           "FILON_SEARCH_INDEX": str(tmp_path / "index"), "DJANGO_SETTINGS_MODULE": "filon.web.settings",
           "FILON_SECRET_KEY": "x" * 40}
    subprocess.run([sys.executable, "-m", "filon.cli", "migrate"], env=env, check=True, capture_output=True, cwd=tmp_path)
    return env, tmp_path


def python(board, code: str, **kwargs) -> subprocess.CompletedProcess:
    env, cwd = board
    return subprocess.run([sys.executable, "-c", SETUP + code], env=env, cwd=cwd, capture_output=True, text=True,
                          **kwargs)


def counts(board, *words) -> list[int]:
    done = python(board, f"print(*(search(Query(q=w)).total for w in {list(words)!r}), index.view().searcher.num_docs)")
    assert done.returncode == 0, done.stderr
    return [int(n) for n in done.stdout.split()]


def test_an_offer_committed_then_a_crash_before_the_index_is_found_by_the_next_process(board):
    killed = python(board, "store_records(records('bocage', 300)); os.kill(os.getpid(), 9)")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert counts(board, "bocage") == [300, 300]


def test_a_crash_while_indexing_loses_nothing_and_duplicates_nothing(board):
    assert counts(board, "bocage") == [0, 0]          # an index exists, at the log's end
    env, cwd = board
    writer = subprocess.Popen([sys.executable, "-c", SETUP + "store_records(records('verger', 4000)); print('stored', flush=True); "
                               "index.sync()"], env=env, cwd=cwd, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "stored"
    time.sleep(0.5)                                 # inside the sync: reading the offers, adding them, committing
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert counts(board, "verger", "bocage") == [4000, 0, 4000]
    # Written again (an edit of each) behind a stale process's back: replaced, not added.
    edit = python(board, "from filon.offers.models import Offer\n"
                         "Offer.objects.filter(title__endswith='7').update(text='Sorties bocage.')\nprint('ok')")
    assert edit.returncode == 0, edit.stderr
    assert counts(board, "verger", "bocage") == [4000, 400, 4000]      # "verger" is in every title


def test_concurrent_writers_and_searchers_end_exact(board):
    """Four processes import and search at once; the index ends holding
    every offer once, each process's searches finding its own imports."""
    env, cwd = board
    code = ("import sys\nword = sys.argv[1]\n"
            "for k in range(5):\n"
            "    store_records(records(word, 100, start=100 * k))\n"
            "    n = search(Query(q=word)).total\n"
            "    assert n == 100 * (k + 1), (word, k, n, index.Mark.read(index.folder()))\n")
    workers = [subprocess.Popen([sys.executable, "-c", SETUP + code, word], env=env, cwd=cwd, stderr=subprocess.PIPE,
                                text=True) for word in ("haie", "mare", "prairie", "ruche")]
    for worker in workers:
        assert worker.wait(timeout=300) == 0, worker.stderr.read()
    assert counts(board, "haie", "mare", "prairie", "ruche") == [500, 500, 500, 500, 2000]


def test_the_import_worker_reads_and_prepares_the_offers_it_is_given_from_the_same_database(board):
    """A reindex or large sync gives the import's worker process ids, not
    offers: it reads them from the database itself, through the connection
    of the same alias when that is the same database, or through one of its
    own (a test's database, another alias) when it is not."""
    code = ("from django.db import connection\nfrom filon.offers import importing\n"
            "store_records(records('saule', 300))\n"
            "ids = sorted(index.indexable(__import__('filon.offers.models').offers.models.Offer.objects.all())"
            ".values_list('pk', flat=True))\n"
            "here = index.fields_in('default', ids)\n"
            "source = index.Source.of(connection)\n"
            "elsewhere = index.Source('elsewhere', source.settings)\n"
            "worker = importing._worker()\n"
            "print(len(here), here == worker.submit(index.read_fields, source, ids).result()\n"
            "      == worker.submit(index.read_fields, elsewhere, ids).result(), here[0].title.split()[:2])\n")
    done = python(board, code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().split(maxsplit=2) == ["300", "True", "['anim', 'saul']"]


@contextlib.contextmanager
def serving(board, command: list[str], port: int):
    """A server of the board started by ``command``; yields the count of a
    keyword search through the API, once it answers."""
    env, cwd = board
    server = subprocess.Popen(command, env={**env, "FILON_PAGE_CACHE_SECONDS": "0"}, cwd=cwd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)

    def total(word: str) -> int:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/offres/?q={word}", timeout=60) as response:
            return json.load(response)["count"]
    try:
        for _ in range(150):
            try:
                total("x")
                break
            except OSError:
                time.sleep(0.2)
        yield total
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_gunicorn_workers_each_see_every_commit(board):
    """Several gunicorn workers share the folder: after each write (by
    another process), every worker's next search counts it."""
    port = 18000 + os.getpid() % 1000
    command = [sys.executable, "-m", "gunicorn", "filon.web.wsgi:application", "-w", "3", "-b", f"127.0.0.1:{port}"]
    with serving(board, command, port) as total:
        for k in range(1, 4):
            done = python(board, f"store_records(records('lande', 10, start={10 * k}))")
            assert done.returncode == 0, done.stderr
            assert {total("lande") for _ in range(12)} == {10 * k}      # 12 requests: every worker answers some


def test_filon_serve_threads_search_while_another_process_writes(board):
    """``filon serve`` answers from several threads at once, sharing one
    replica: each request after a write counts it, none fails."""
    port = 19000 + os.getpid() % 1000
    with serving(board, [sys.executable, "-m", "filon.cli", "serve", "--port", str(port)], port) as total, \
            ThreadPoolExecutor(8) as threads:
        for k in range(1, 3):
            done = python(board, f"store_records(records('tourbière', 10, start={10 * k}))")
            assert done.returncode == 0, done.stderr
            assert set(threads.map(total, ["tourbiere"] * 16)) == {10 * k}


def test_an_index_of_another_schema_version_is_rebuilt(board):
    """After an upgrade that changes the index's schema, the old folder is
    replaced by a rebuilt one at the first search."""
    import tantivy

    env, cwd = board
    assert python(board, "store_records(records('saule', 20))").returncode == 0
    old = cwd / "index"
    old.mkdir()
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("other")
    tantivy.Index(builder.build(), path=str(old))
    (old / "filon-state.json").write_text('{"board": 1, "generation": "x", "seq": 0, "version": 0}')
    assert counts(board, "saule") == [20, 20]
