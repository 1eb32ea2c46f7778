"""SQLite's index gains a column of filter tags (see filon.search.tags):
the table is made again and filled from the offers."""
from django.db import migrations


def remake(apps, schema_editor):
    from filon.search.fulltext import backend
    from filon.search.index import rebuild

    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    backend(connection).drop(connection)
    backend(connection).create(connection)
    rebuild(connection.alias, apps.get_model("offers", "Offer").objects.using(connection.alias))


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial"), ("offers", "0003_sample")]
    operations = [migrations.RunPython(remake, migrations.RunPython.noop)]
