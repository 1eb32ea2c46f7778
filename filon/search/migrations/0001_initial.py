"""Formerly the database's own full-text table; the search index is now a
tantivy folder (0004 removes what earlier versions created here)."""
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [("offers", "0002_search_columns")]
    operations = [
        migrations.CreateModel(          # the old table as Django saw it (unmanaged): state only, deleted by 0004
            name="OfferIndex",
            fields=[("offer", models.OneToOneField(db_column="rowid", db_constraint=False, primary_key=True,
                                                   on_delete=django.db.models.deletion.DO_NOTHING, related_name="index",
                                                   serialize=False, to="offers.offer")),
                    ("document", models.TextField(db_column="offer_fts"))],
            options={"db_table": "offer_fts", "managed": False},
        ),
    ]
