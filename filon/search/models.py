"""What the database keeps for search: the change log and the board's identity.

The index itself is a tantivy folder beside the database
(:mod:`filon.search.index`), a derived view rebuilt from the offers when
missing. The database side is only what keeps every replica of it exact:

- :class:`Change`: one row per offer written (inserted, updated, deleted),
  added by database triggers in the writing transaction itself
  (migration ``0004_change_log``), so that no write path, ORM or raw SQL,
  can forget it; each index replays the rows it has not seen.
- :class:`State`: named numbers, ``board`` (a random identity of this
  database, so that an index built from another board is rebuilt) and
  ``pruned`` (the last sequence number removed from the log: an index
  behind it is rebuilt).
"""
from django.db import models


class Change(models.Model):
    seq = models.BigAutoField(primary_key=True)
    offer_id = models.BigIntegerField()
    # PostgreSQL: the writing transaction's id (pg_current_xact_id), so that a reader can
    # tell which writes may still be in flight; NULL on SQLite, where writers are serialised.
    txid = models.BigIntegerField(null=True, db_index=True)
    at = models.DateTimeField(db_default=models.functions.Now())

    class Meta:
        db_table = "search_change"


class State(models.Model):
    name = models.CharField(max_length=20, primary_key=True)
    value = models.BigIntegerField()

    class Meta:
        db_table = "search_state"
