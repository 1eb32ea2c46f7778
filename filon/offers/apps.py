from django.apps import AppConfig


class OffersConfig(AppConfig):
    name = "filon.offers"
    verbose_name = "Offres"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from .changes import offers_changed
        from .models import Offer

        post_save.connect(offers_changed, sender=Offer, dispatch_uid="offers_changed_save")
        post_delete.connect(offers_changed, sender=Offer, dispatch_uid="offers_changed_delete")
