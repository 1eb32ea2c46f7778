"""Each offer's random sample bucket (0-1023, from its content hash): large
searches count facets on a sample of their candidates. The wide index led
by visible()'s columns goes: search reads facet columns through the full-text
index (SQLite) or the id-led covering index; visible() needs only its two."""
import zlib

from django.db import migrations, models


def sample_bucket(content_hash: str) -> int:
    return zlib.crc32(content_hash.encode()) % 1024


def fill(apps, schema_editor):
    Offer = apps.get_model("offers", "Offer")
    db = schema_editor.connection.alias
    batch = []
    for offer in Offer.objects.using(db).only("id", "content_hash").iterator(chunk_size=2000):
        offer.sample = sample_bucket(offer.content_hash)
        batch.append(offer)
        if len(batch) == 2000:
            Offer.objects.using(db).bulk_update(batch, ["sample"])
            batch = []
    Offer.objects.using(db).bulk_update(batch, ["sample"])


def index_on_postgresql(apps, schema_editor):
    """PostgreSQL combines this index with the full-text one (a bitmap AND)
    to read a sample; SQLite reads samples through its index's tags instead
    and would only pay for it at import."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX IF NOT EXISTS offer_sample ON offers_offer (sample)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS offer_sample")


class Migration(migrations.Migration):
    dependencies = [("offers", "0002_search_columns")]
    operations = [
        migrations.AddField("offer", "sample", models.PositiveSmallIntegerField(default=0, editable=False)),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(index_on_postgresql, drop_index),
        migrations.RemoveIndex("offer", "offer_facets"),
        migrations.AddIndex("offer", models.Index(fields=["status", "expires_on"], name="offer_visible")),
    ]
