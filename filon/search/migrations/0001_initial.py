"""The full-text index table, built with the database's own machinery, and
filled from the offers already stored."""
import django.db.models.deletion
from django.db import migrations, models

import filon.search.fulltext


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
    initial = True
    dependencies = [("offers", "0002_search_columns")]
    operations = [
        migrations.CreateModel(          # Django's view of the table (unmanaged): what joins need
            name="OfferIndex",
            fields=[("offer", models.OneToOneField(db_column="rowid", db_constraint=False, primary_key=True,
                                                   on_delete=django.db.models.deletion.DO_NOTHING, related_name="index",
                                                   serialize=False, to="offers.offer")),
                    ("document", filon.search.fulltext.FullTextField(db_column="offer_fts"))],
            options={"db_table": "offer_fts", "managed": False},
        ),
        migrations.RunPython(create_index, drop_index),
    ]
