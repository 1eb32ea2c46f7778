from django.apps import AppConfig


class BoardConfig(AppConfig):
    name = "filon.board"
    verbose_name = "Tableau des offres"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from .identity import identity_changed
        from .models import SiteIdentity

        post_save.connect(identity_changed, sender=SiteIdentity, dispatch_uid="identity_changed_save")
        post_delete.connect(identity_changed, sender=SiteIdentity, dispatch_uid="identity_changed_delete")
