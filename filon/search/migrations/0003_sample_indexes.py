"""SQLite gains sample indexes (filon.search.fulltext.SAMPLE_TABLES): copies
of the index holding the offers of sample levels 2 and 5, filled from it."""
from django.db import migrations


def create(apps, schema_editor):
    from filon.search.fulltext import backend

    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        backend(connection).create(connection)
        backend(connection).fill_samples(connection)


def drop(apps, schema_editor):
    from filon.search.fulltext import SAMPLE_TABLES

    with schema_editor.connection.cursor() as cursor:
        for table in SAMPLE_TABLES.values():
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_tags")]
    operations = [migrations.RunPython(create, drop)]
