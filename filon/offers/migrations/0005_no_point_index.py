"""The radius search reads the search index's map cells: the database index
on the offers' coordinates, which the database search read, goes (a write
less for every offer stored)."""
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("offers", "0004_no_sample")]
    operations = [migrations.RemoveIndex("offer", "offer_point")]
