"""Formerly SQLite's sample indexes (removed by 0004)."""
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0002_tags")]
    operations = []
