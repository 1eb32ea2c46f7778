"""The full-text index table, built with the database's own machinery, and
filled from the offers already stored."""
from django.db import migrations


def create_index(apps, schema_editor):
    from filon.search.fulltext import backend
    from filon.search.index import document

    connection = schema_editor.connection
    backend(connection).create(connection)
    Offer = apps.get_model("offers", "Offer")
    batch = []
    for offer in Offer.objects.iterator(chunk_size=1000):
        batch.append((offer.pk, *document(offer)))
        if len(batch) == 1000:
            backend(connection).write(connection, batch)
            batch = []
    backend(connection).write(connection, batch)


def drop_index(apps, schema_editor):
    from filon.search.fulltext import backend

    backend(schema_editor.connection).drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("offers", "0003_search_columns")]
    operations = [migrations.RunPython(create_index, drop_index)]
