from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "filon.search"
    verbose_name = "recherche"
