from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "filon.search"
    verbose_name = "recherche"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from filon.offers.models import Offer

        from . import index

        post_save.connect(index.on_save, sender=Offer, dispatch_uid="filon.search.index")
        post_delete.connect(index.on_delete, sender=Offer, dispatch_uid="filon.search.unindex")
