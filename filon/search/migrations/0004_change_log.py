"""The search index moves to tantivy (filon.search.index): the database's
full-text tables go, and a change log filled by triggers takes their place.

Every INSERT, UPDATE or DELETE on offers adds a row to ``search_change`` in
the same transaction (row triggers on SQLite; statement triggers with
transition tables on PostgreSQL, one insert per statement), so that each
index replica can replay exactly what it has not seen.
"""
import secrets

from django.db import migrations, models

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER search_change_{event.lower()} AFTER {event} ON offers_offer "
    f"BEGIN INSERT INTO search_change (offer_id, at) VALUES ({row}.id, CURRENT_TIMESTAMP); END"
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
]
POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION search_change_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO search_change (offer_id, txid, at) SELECT id, pg_current_xact_id()::text::bigint, now() FROM old_rows;
    ELSE
        INSERT INTO search_change (offer_id, txid, at) SELECT id, pg_current_xact_id()::text::bigint, now() FROM new_rows;
    END IF;
    RETURN NULL;
END $$
"""
POSTGRES_TRIGGERS = [
    f"CREATE TRIGGER search_change_{event.lower()} AFTER {event} ON offers_offer "
    f"REFERENCING {table} TABLE AS {name} FOR EACH STATEMENT EXECUTE FUNCTION search_change_log()"
    for event, table, name in (("INSERT", "NEW", "new_rows"), ("UPDATE", "NEW", "new_rows"),
                               ("DELETE", "OLD", "old_rows"))
]
LEGACY = {"sqlite": ["DROP TABLE IF EXISTS offer_fts_lv5", "DROP TABLE IF EXISTS offer_fts_lv2",
                     "DROP TABLE IF EXISTS offer_fts"],
          "postgresql": ["DROP TABLE IF EXISTS offer_fts", "DROP TEXT SEARCH CONFIGURATION IF EXISTS filon_french"]}


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in LEGACY.get(vendor, []):
        schema_editor.execute(sql)
    if vendor == "sqlite":
        for sql in SQLITE_TRIGGERS:
            schema_editor.execute(sql)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_FUNCTION)
        for sql in POSTGRES_TRIGGERS:
            schema_editor.execute(sql)
    State = apps.get_model("search", "State")
    State.objects.using(schema_editor.connection.alias).get_or_create(
        name="board", defaults={"value": secrets.randbits(62)})


def backward(apps, schema_editor):
    for event in ("insert", "update", "delete"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS search_change_{event}"
                              + (" ON offers_offer" if schema_editor.connection.vendor == "postgresql" else ""))


class Migration(migrations.Migration):
    dependencies = [("search", "0003_sample_indexes"), ("offers", "0003_sample")]
    operations = [
        migrations.DeleteModel("OfferIndex"),
        migrations.CreateModel(
            name="Change",
            fields=[("seq", models.BigAutoField(primary_key=True, serialize=False)),
                    ("offer_id", models.BigIntegerField()),
                    ("txid", models.BigIntegerField(db_index=True, null=True)),
                    ("at", models.DateTimeField(db_default=models.functions.Now()))],
            options={"db_table": "search_change"},
        ),
        migrations.CreateModel(
            name="State",
            fields=[("name", models.CharField(max_length=20, primary_key=True, serialize=False)),
                    ("value", models.BigIntegerField())],
            options={"db_table": "search_state"},
        ),
        migrations.RunPython(forward, backward),
    ]
