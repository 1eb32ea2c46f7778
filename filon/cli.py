"""The ``filon`` command line."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
PROGRESS_MIN_FILES = 20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="filon", description="Job board and job-offer engine for France's mission-driven sectors.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    ex = commands.add_parser("extract", help="extract offer records from documents",
                             description="Extract structured offer records from job-offer documents "
                                         "(txt, md, html, pdf, docx, eml, France Travail JSON). "
                                         "Exit code 0: all read; 1: some files failed (reported on stderr); 2: usage error.")
    ex.add_argument("files", nargs="+", type=Path, metavar="FILE", help="documents to read")
    ex.add_argument("-o", "--output", type=Path, metavar="DIR",
                    help="write DIR/<file name without extension>.jsonl per input (default: JSON Lines on stdout)")
    ex.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl",
                    help="jsonl: one record a line (default); json: one JSON array; table: a summary for people")
    ex.add_argument("--full", action="store_true", help="also write cleaned text, sections and evidence spans")
    ex.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    imp = commands.add_parser("import", help="extract documents and store their offers on the board",
                              description="Extract documents (files or folders) and store their offers. Idempotent: "
                                          "an offer already stored (same content) is left unchanged. Exit code 0: all "
                                          "read; 1: some files failed (reported); 2: usage error.")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders to import")
    imp.add_argument("--records", action="store_true",
                     help="the PATHs are JSON Lines of extracted records (filon extract --full), stored as they are "
                          "without extraction, each file all or nothing: the fast path for bulk imports")
    imp.add_argument("--pending", action="store_true", help="store the offers for moderation instead of publishing them")
    imp.add_argument("--json", action="store_true", help="print the summary as JSON")
    imp.add_argument("--written-on", type=_day, metavar="YYYY-MM-DD",
                     help="the documents were written on this day: the new offers' dates (deadline, publication, "
                          "start) move by the days from it to today, so that demo offers stay current "
                          "(scripts/demo: --written-on 2027-01-15)")
    imp.add_argument("--no-email", action="store_true",
                     help="e-mail no one: by default each new offer's first contact e-mail gets the offer's private "
                          "management link (one e-mail per offer; one that cannot be sent is logged, the import goes on)")
    imp.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    srv = commands.add_parser("serve", help="run the board (migrates the database first)",
                              description="Migrate the database, then serve the board with waitress.")
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    srv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    commands.add_parser("migrate", help="create or update the database tables",
                        description="Create or update the database tables (FILON_DATABASE_URL).")
    exp = commands.add_parser("expire", help="expire offers past their deadline and send expiry reminders",
                              description="Mark published offers past their expiry day as expired; e-mail recruiters "
                                          "whose offer expires within 5 days.")
    exp.add_argument("--json", action="store_true", help="print the counts as JSON")
    sup = commands.add_parser("createsuperuser", help="create a coordinator account (staff and superuser)",
                              description="Create a coordinator account, interactively or with --username/--email "
                                          "and DJANGO_SUPERUSER_PASSWORD in the environment (--noinput).")
    sup.add_argument("--username")
    sup.add_argument("--email")
    sup.add_argument("--noinput", action="store_true")
    for name, summary, description, path_help, done in (
            ("backup", "write a consistent copy of the whole board's database to a new file",
             "Write a consistent copy of the board's database to PATH, while it serves: SQLite's online backup API, "
             "or pg_dump on PostgreSQL. Uploaded documents (FILON_MEDIA_ROOT) and the search index (rebuilt from "
             "the database) are not in it. Exit code 0: written; 1: failed (the reason on stderr).", "a new file", "written"),
            ("restore", "replace the board's database by a backup",
             "Replace the board's database by the backup at PATH (written by filon backup on a board of the same "
             "kind), then rebuild the search index. Stop the server first. Exit code 0: restored; 1: failed, the "
             "database left as it was.", "a file written by filon backup", "restored")):
        cmd = commands.add_parser(name, help=summary, description=description)
        cmd.add_argument("path", type=Path, metavar="PATH", help=path_help)
        cmd.add_argument("--json", action="store_true", help=f"print what was {done} as JSON")
    mdb = commands.add_parser("migrate-db", help="copy the whole board to another database (e.g. SQLite to PostgreSQL)",
                              description="Copy every row of the board in FILON_DATABASE_URL (offers, history, accounts, "
                                          "API tokens) to an empty database and compare row counts (its search index is "
                                          "built by its first search). Exit code 0: copied; 1: the copy failed and the target is unchanged.")
    mdb.add_argument("target", metavar="TARGET_URL", help="postgres://user:pass@host:5432/db (or sqlite:///file)")
    mdb.add_argument("--json", action="store_true", help="print the rows copied per model as JSON")
    reindex = commands.add_parser("reindex", help="rebuild the search index from the stored offers",
                                  description="Rebuild the search index (FILON_SEARCH_INDEX) from every stored offer, "
                                              "in a new folder that replaces the old one when complete; searches "
                                              "meanwhile read the old one. Never needed for consistency (the index "
                                              "follows the database's change log), only to start afresh.")
    reindex.add_argument("--json", action="store_true", help="print the count, time, rate and index size as JSON")
    args = parser.parse_args(argv)
    if args.command == "import" and args.written_on and args.records:
        parser.error("import: --written-on moves the dates of documents, not of --records")
    if args.command == "extract":
        return run_extract(args)
    if args.command in ("import", "serve", "migrate", "expire", "createsuperuser", "migrate-db", "reindex", "backup", "restore"):
        from . import board_commands

        return getattr(board_commands, f"run_{args.command.replace('-', '_')}")(args)
    parser.print_help()
    return EXIT_USAGE


def _day(value: str):
    """An argument that is a day, YYYY-MM-DD."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {value!r}") from None


def run_extract(args: argparse.Namespace) -> int:
    from .extract import ExtractionError, extract

    failed = 0
    results: list[tuple[Path, list]] = []
    files = args.files
    progress = None
    if len(files) >= PROGRESS_MIN_FILES and not args.no_progress and sys.stderr.isatty():
        from tqdm import tqdm
        progress = tqdm(total=len(files), unit="file", file=sys.stderr)
    if args.output:
        args.output.mkdir(parents=True, exist_ok=True)
    for path in files:
        try:
            offers = extract(path.read_bytes(), filename=path.name)
        except ExtractionError as exc:
            failed += 1
            print(f"filon extract: {path}: {exc.reason}", file=sys.stderr)
            offers = None
        except OSError as exc:
            failed += 1
            print(f"filon extract: {path}: cannot read file ({exc.strerror})", file=sys.stderr)
            offers = None
        if offers is not None:
            rows = [o.to_dict() if args.full else o.record() for o in offers]
            if args.output:
                (args.output / f"{path.stem}.jsonl").write_text(
                    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            else:
                results.append((path, rows))
        if progress:
            progress.update()
    if progress:
        progress.close()
    if not args.output:
        try:
            _print(results, args.format)
        except BrokenPipeError:  # "filon extract ... | head": the reader had enough
            sys.stderr.close()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _print(results: list[tuple[Path, list]], fmt: str) -> None:
    rows = [r for _, rs in results for r in rs]
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt == "table":
        for path, records in results:
            for r in records:
                loc = r["location"]
                place = loc["city"] or loc["region"] or ""
                print(f"{path.name[:30]:30}  {(r['title'] or '')[:45]:45}  {','.join(r['contract_types']):18}  "
                      f"{place[:20]:20}  {r['deadline'] or '':10}")
    else:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
