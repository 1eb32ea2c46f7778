from django.apps import AppConfig


class BoardConfig(AppConfig):
    name = "filon.board"
    verbose_name = "Tableau des offres"
