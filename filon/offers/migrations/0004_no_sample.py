"""Search counts exactly on its own index (tantivy): the sample buckets and
the covering index of facet columns that the database search read go."""
from django.db import migrations


def drop_sample_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS offer_sample")


class Migration(migrations.Migration):
    dependencies = [("offers", "0003_sample"), ("search", "0004_change_log")]
    operations = [
        migrations.RunPython(drop_sample_index, migrations.RunPython.noop),
        migrations.RemoveIndex("offer", "offer_docvalues"),
        migrations.RemoveField("offer", "sample"),
    ]
