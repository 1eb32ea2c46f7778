from django.apps import AppConfig


class OffersConfig(AppConfig):
    name = "filon.offers"
    verbose_name = "Offres"
