"""The full-text index table, built with the database's own machinery, and
filled from the offers already stored."""
from django.db import migrations


def create_index(apps, schema_editor):
    from filon.search.fulltext import backend
    from filon.search.index import rebuild

    connection = schema_editor.connection
    backend(connection).create(connection)
    rebuild(connection.alias, apps.get_model("offers", "Offer").objects.using(connection.alias))


def drop_index(apps, schema_editor):
    from filon.search.fulltext import backend

    backend(schema_editor.connection).drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("offers", "0003_search_columns")]
    operations = [migrations.RunPython(create_index, drop_index)]
