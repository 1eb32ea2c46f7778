"""The board's identity as set in the admin: one row, whose non-empty fields
override the settings' defaults (``FILON_SITE_*``); see :mod:`filon.board.identity`."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

ACCESSIBILITY_STATUSES = [("non conforme", "non conforme"), ("partiellement conforme", "partiellement conforme"),
                          ("totalement conforme", "totalement conforme")]
HEX_COLOUR = RegexValidator(r"^#(?:[0-9a-fA-F]{3}){1,2}$", "Une couleur en hexadécimal, par exemple #0b5cad.")
HTML_HELP = "En HTML ; vide : le texte par défaut, rempli avec les réglages ci-dessus."


def contrast_on_white(colour: str) -> float:
    """The WCAG contrast ratio of a #rgb or #rrggbb colour against white."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(int(digits[i:i + 2], 16)) for i in (0, 2, 4))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def readable_on_white(colour: str) -> None:
    """Links and buttons in this colour keep a 4.5:1 contrast on white (WCAG AA)."""
    if HEX_COLOUR.regex.match(colour) and contrast_on_white(colour) < 4.5:
        raise ValidationError(f"Contraste {contrast_on_white(colour):.1f}:1 sur fond blanc : il faut 4,5:1 au moins "
                              "(WCAG AA) pour que les liens et boutons restent lisibles ; choisissez une couleur plus foncée.")


def footer_lines(text: str) -> list[tuple[str, str]]:
    """The footer links written one a line as "Libellé | https://adresse" (or "/chemin/")."""
    links = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        label, bar, url = (part.strip() for part in line.partition("|"))
        if not bar or not label or not url.startswith(("https://", "http://", "/")) or " " in url:
            raise ValidationError(f"Ligne {number} : écrivez « Libellé | https://adresse » (ou « Libellé | /chemin/ »).")
        links.append((label, url))
    return links


def valid_footer(text: str) -> None:
    footer_lines(text)


class SiteIdentity(models.Model):
    """The board's name, logo, colour, footer links and legal pages (one row, id 1)."""
    name = models.CharField("nom du site", max_length=100, blank=True)
    tagline = models.CharField("accroche", max_length=200, blank=True)
    operator = models.CharField("éditeur (qui publie le site)", max_length=200, blank=True)
    contact = models.EmailField("e-mail de contact (public, aussi pour les données personnelles)", blank=True)
    accent = models.CharField("couleur des liens et boutons", max_length=7, blank=True,
                              validators=[HEX_COLOUR, readable_on_white],
                              help_text="Par exemple #0b5cad ; contraste de 4,5:1 au moins sur fond blanc.")
    logo = models.BinaryField("logo", blank=True, default=b"", editable=False)
    logo_type = models.CharField(max_length=40, blank=True, editable=False)
    footer_links = models.TextField("liens du pied de page", blank=True, validators=[valid_footer],
                                    help_text="Un lien par ligne : « Libellé | https://adresse ».")
    accessibility = models.CharField("état de conformité RGAA", max_length=30, blank=True,
                                     choices=ACCESSIBILITY_STATUSES,
                                     help_text="« non conforme » tant que le site n'a pas été audité.")
    accessibility_date = models.DateField("date de la déclaration d'accessibilité", null=True, blank=True,
                                          help_text="Le jour où l'état de conformité a été établi (audit ou "
                                                    "auto-évaluation) ; la déclaration par défaut la cite.")
    legal_notice = models.TextField("mentions légales", blank=True, help_text=HTML_HELP)
    personal_data = models.TextField("données personnelles", blank=True, help_text=HTML_HELP)
    accessibility_statement = models.TextField("déclaration d'accessibilité", blank=True, help_text=HTML_HELP)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "identité du site"

    def __str__(self) -> str:
        return "Identité du site"

    def save(self, *args, **kwargs):
        self.pk = 1                 # one row: the board has one identity
        super().save(*args, **kwargs)
