"""The board's identity, as pages, e-mails and feeds show it: each setting's
default (``FILON_SITE_*``) unless the admin's :class:`SiteIdentity` says
otherwise (its non-empty fields win). Read through :func:`identity`, kept in
the cache until the row changes."""
from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.urls import reverse

from filon.offers.changes import offers_changed

from .models import SiteIdentity, footer_lines

KEY = "site:identity"
DEFAULT_ACCENT = "#0b5cad"
FIELDS = ("name", "tagline", "operator", "contact", "accent", "accessibility", "accessibility_date", "footer_links",
               "legal_notice", "personal_data", "accessibility_statement")
PAGE_FIELDS = {"mentions-legales": "legal_notice", "donnees-personnelles": "personal_data",
               "accessibilite": "accessibility_statement"}


def identity() -> dict:
    """The ``site`` of templates: name, tagline, accent colour, logo URL (and absolute, and its type),
    operator, contact, base URL, RGAA status, footer links, the legal
    pages' HTML set in the admin, and a version of the theme (for its URL)."""
    stored = _stored()
    accent = stored.get("accent") or settings.SITE_ACCENT
    accent = accent if re.fullmatch(r"#[0-9a-fA-F]{3,8}", accent) else DEFAULT_ACCENT
    logo = settings.SITE_LOGO_URL
    if stored.get("logo_version"):
        logo = f"{reverse('board:logo')}?v={stored['logo_version']}"
    return {"name": stored.get("name") or settings.SITE_NAME, "tagline": stored.get("tagline") or settings.SITE_TAGLINE,
            "accent": accent, "theme_version": hashlib.sha256(accent.encode()).hexdigest()[:8], "logo": logo,
            "logo_url": f"{settings.BASE_URL}{logo}" if logo.startswith("/") else logo,        # absolute (Open Graph)
            "logo_type": stored.get("logo_type", ""),
            "operator": stored.get("operator") or settings.SITE_OPERATOR,
            "contact": stored.get("contact") or settings.SITE_CONTACT, "base_url": settings.BASE_URL,
            "accessibility": stored.get("accessibility") or settings.SITE_ACCESSIBILITY,
            "accessibility_date": stored.get("accessibility_date"),
            "footer_links": footer_lines(stored.get("footer_links", "")),
            "pages": {slug: stored[field] for slug, field in PAGE_FIELDS.items() if stored.get(field)}}


def _stored() -> dict:
    """The admin's non-empty fields ({} without a row), cached."""
    stored = cache.get(KEY)
    if stored is None:
        try:
            row = SiteIdentity.objects.defer("logo").filter(pk=1).first()
        except DatabaseError:           # tables not created yet: the settings alone
            return {}
        stored = {} if row is None else {name: value for name in FIELDS if (value := getattr(row, name))}
        if row is not None and row.logo_type:
            stored["logo_version"], stored["logo_type"] = int(row.updated_at.timestamp() * 1e6), row.logo_type
        cache.set(KEY, stored, None)
    return stored


def identity_changed(**_signal) -> None:
    """The row changed: read it again, now and once committed, and start a
    new public page cache (its pages show the name, logo and footer)."""
    cache.delete(KEY)
    transaction.on_commit(lambda: cache.delete(KEY))
    offers_changed()
