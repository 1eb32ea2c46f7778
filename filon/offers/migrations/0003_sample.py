"""Each offer's random sample bucket (0-1023, from its content hash): large
searches count facets on a sample of their candidates."""
from django.db import migrations, models


def fill(apps, schema_editor):
    from filon.offers.models import sample_bucket

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


class Migration(migrations.Migration):
    dependencies = [("offers", "0002_search_columns")]
    operations = [
        migrations.AddField("offer", "sample", models.PositiveSmallIntegerField(default=0, editable=False)),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
