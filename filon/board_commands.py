"""The board's commands behind ``filon import|serve|migrate|expire|createsuperuser|migrate-db|reindex|backup|restore``.

Thin: set Django up, call one function of :mod:`filon.offers`, print.
"""
from __future__ import annotations

import json
import os
import sys
from argparse import Namespace

EXIT_OK, EXIT_SOME_FAILED = 0, 1


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "filon.web.settings")
    import django

    django.setup()


def migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


def run_migrate(args: Namespace) -> int:
    setup()
    migrate(verbosity=1)
    return EXIT_OK


def run_import(args: Namespace) -> int:
    setup()
    migrate()
    from filon.offers.importing import document_paths, import_paths, import_record_files
    from filon.offers.models import Status

    missing = [p for p in args.paths if not p.exists()]
    paths = document_paths(p for p in args.paths if p.exists())        # a missing one is reported once, below
    status = Status.PENDING if args.pending else Status.PUBLISHED
    bar = None
    if (args.records or len(paths) >= 5) and not args.no_progress and sys.stderr.isatty():
        from tqdm import tqdm
        bar = tqdm(total=None if args.records else len(paths), unit="offre" if args.records else "file", file=sys.stderr)
    if args.records:
        report = import_record_files(paths, status, progress=bar.update if bar else None, email=not args.no_email)
    else:
        report = import_paths(paths, status, progress=(lambda _: bar.update()) if bar else None,
                              email=not args.no_email)
        if args.written_on:
            from filon.offers.dating import written_on
            written_on(report.created, args.written_on)
    if bar:
        bar.close()
    _sync_index(progress=not args.no_progress)
    report.failed += [(str(p), "no such file or folder") for p in missing]
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(f"created {report.created_count}, unchanged {report.unchanged}, failed {len(report.failed)}, "
              f"management links e-mailed {report.emailed}"
              + (f" ({report.email_failed} could not be sent: see the log)" if report.email_failed else ""))
        for name, reason in report.failed:
            print(f"filon import: {name}: {reason}", file=sys.stderr)
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _progress_bar(label: str, enabled: bool = True):
    """A tqdm bar on stderr's terminal for ``progress(done, total)`` callbacks, or None."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="offre", desc=label, file=sys.stderr)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)
    progress.close = bar.close
    return progress


def _sync_index(progress: bool = True) -> None:
    """Bring the search index up to the offers just written (the board's
    processes would do it at their next search; the import does it once)."""
    from filon.search import index

    bar = _progress_bar("index", progress)
    index.sync(progress=bar)
    if bar:
        bar.close()


def run_serve(args: Namespace) -> int:
    setup()
    migrate()
    from django.conf import settings
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.wsgi import get_wsgi_application
    from waitress import serve

    app = StaticFilesHandler(get_wsgi_application())     # the app serves its own static files
    print(f"filon: board on http://{args.host}:{args.port}/ (database {settings.DATABASES['default']['NAME']})")
    # Bodies over MAX_REQUEST_BYTES are refused by waitress (413) before any of them reaches Django.
    serve(app, host=args.host, port=args.port, threads=settings.SERVER_THREADS, connection_limit=settings.SERVER_CONNECTIONS,
          max_request_body_size=settings.MAX_REQUEST_BYTES, _quiet=True)
    return EXIT_OK


def run_expire(args: Namespace) -> int:
    setup()
    migrate()
    from datetime import timedelta

    from django.conf import settings

    from filon.offers.moderation import expire_due, send_expiry_reminders
    from filon.search.index import prune

    counts = {"expired": expire_due(), "reminded": send_expiry_reminders(),
              "changes_pruned": prune(timedelta(hours=settings.SEARCH_KEEP_CHANGES_HOURS))}
    print(json.dumps(counts) if args.json else
          f"expired {counts['expired']}, reminders sent {counts['reminded']}, search changes pruned {counts['changes_pruned']}")
    return EXIT_OK


def run_createsuperuser(args: Namespace) -> int:
    setup()
    migrate()
    from django.core.management import call_command

    options = {k: v for k, v in (("username", args.username), ("email", args.email)) if v}
    call_command("createsuperuser", interactive=not args.noinput, **options)
    return EXIT_OK


def run_migrate_db(args: Namespace) -> int:
    setup()
    migrate()
    from filon.web.transfer import CopyError, copy_board

    try:
        counts = copy_board(args.target)
    except (CopyError, ValueError) as error:
        print(f"filon migrate-db: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if args.json:
        print(json.dumps(counts))
    else:
        print("copied " + ", ".join(f"{n} {label}" for label, n in counts.items()))
    return EXIT_OK


def run_backup(args: Namespace) -> int:
    return _database_file(args, "backup")


def run_restore(args: Namespace) -> int:
    return _database_file(args, "restore")


def _database_file(args: Namespace, action: str) -> int:
    """``filon backup PATH`` or ``filon restore PATH``."""
    setup()
    from filon.web import backup

    try:
        kind = getattr(backup, action)(args.path)
    except (backup.BackupError, OSError) as error:
        print(f"filon {action}: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if action == "restore":
        migrate()              # a backup of an older version gets this version's tables
        from filon.search.index import renew_board

        renew_board()          # its change log went back in time: every index replica is rebuilt
        _sync_index(progress=not args.json)
    done = {"backup": "backed up the board ({}) to {}", "restore": "restored the board ({}) from {}"}[action]
    print(json.dumps({"path": str(args.path), "database": kind}) if args.json else done.format(kind, args.path))
    return EXIT_OK


def run_reindex(args: Namespace) -> int:
    setup()
    migrate()
    import time

    from filon.search import index

    bar = _progress_bar("index", not args.json)
    start = time.perf_counter()
    count = index.reindex(progress=bar)
    seconds = time.perf_counter() - start
    if bar:
        bar.close()
    report = {"indexed": count, "seconds": round(seconds, 1), "per_second": round(count / seconds) if seconds else 0,
              "index_bytes": index.size_bytes(), "folder": str(index.folder())}
    print(json.dumps(report) if args.json else
          f"indexed {count} offers in {report['seconds']} s ({report['per_second']}/s) into {report['folder']}")
    return EXIT_OK
