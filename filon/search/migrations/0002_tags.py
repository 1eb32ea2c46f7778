"""Formerly SQLite's filter tags in the full-text table (removed by 0004)."""
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial"), ("offers", "0003_sample")]
    operations = []
