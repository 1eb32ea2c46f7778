"""What every page of the board shows about the board itself, from settings."""
from django.conf import settings


def site(request) -> dict:
    """The ``site`` of templates: name, tagline, accent colour, logo, operator, contact."""
    return {"site": {"name": settings.SITE_NAME, "tagline": settings.SITE_TAGLINE, "accent": settings.SITE_ACCENT,
                     "logo": settings.SITE_LOGO_URL, "operator": settings.SITE_OPERATOR,
                     "contact": settings.SITE_CONTACT, "base_url": settings.BASE_URL,
                     "accessibility": settings.SITE_ACCESSIBILITY}}
