"""The board's identity in the admin: one row to change, a logo to upload."""
from __future__ import annotations

from django import forms
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse

from .models import SiteIdentity

LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF87a": "image/gif",
              b"GIF89a": "image/gif"}
LOGO_MAX_BYTES = 200 * 1024


def image_type(data: bytes) -> str | None:
    """The content type of a PNG, JPEG, GIF, WebP or SVG image, judged by its content; None for anything else."""
    for magic, kind in LOGO_TYPES.items():
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:1000].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "image/svg+xml"
    return None


class SiteIdentityForm(forms.ModelForm):
    logo_file = forms.FileField(label="Logo (PNG, JPEG, GIF, WebP ou SVG ; 200 Ko au plus)", required=False)
    remove_logo = forms.BooleanField(label="Retirer le logo", required=False)

    class Meta:
        model = SiteIdentity
        fields = "__all__"

    def clean_logo_file(self):
        upload = self.cleaned_data.get("logo_file")
        if not upload:
            return None
        if upload.size > LOGO_MAX_BYTES:
            raise forms.ValidationError("Le logo dépasse 200 Ko.")
        data = upload.read()
        if image_type(data) is None:
            raise forms.ValidationError("Ce fichier n'est pas une image PNG, JPEG, GIF, WebP ou SVG.")
        return data

    def save(self, commit=True):
        identity = super().save(commit=False)
        if data := self.cleaned_data.get("logo_file"):
            identity.logo, identity.logo_type = data, image_type(data)
        elif self.cleaned_data.get("remove_logo"):
            identity.logo, identity.logo_type = b"", ""
        if commit:
            identity.save()
        return identity


@admin.register(SiteIdentity)
class SiteIdentityAdmin(admin.ModelAdmin):
    """One row: the list opens it (or the form to create it)."""
    form = SiteIdentityForm
    fieldsets = [
        (None, {"fields": ["name", "tagline", "operator", "contact"],
                "description": "Un champ laissé vide garde la valeur des réglages (FILON_SITE_…)."}),
        ("Apparence", {"fields": ["accent", "logo_file", "remove_logo", "footer_links"]}),
        ("Pages légales", {"fields": ["accessibility", "accessibility_date", "legal_notice", "personal_data",
                                      "accessibility_statement"]}),
    ]

    def has_add_permission(self, request) -> bool:
        return super().has_add_permission(request) and not SiteIdentity.objects.exists()

    def changelist_view(self, request, extra_context=None):
        row = SiteIdentity.objects.first()
        if row is None:
            return redirect(reverse("admin:board_siteidentity_add"))
        return redirect(reverse("admin:board_siteidentity_change", args=[row.pk]))
