"""Moderation and life cycle: approve, reject, fill, extend, expire, remind.

Every change of status goes through :func:`set_status`, which records who
made it and why; e-mails to recruiters are sent from here.
"""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q

from .importing import fold_key
from .models import Offer, Status, StatusChange, today


def set_status(offer: Offer, status: str, by=None, reason: str = "") -> Offer:
    with transaction.atomic():
        offer.status = status
        offer.save()
        StatusChange.objects.create(offer=offer, status=status, by=by, reason=reason)
    return offer


def approve(offer: Offer, by=None) -> Offer:
    set_status(offer, Status.PUBLISHED, by, "approuvée")
    _mail(offer, f"Votre offre « {offer.title} » est en ligne",
          f"Bonjour,\n\nVotre offre est publiée : {settings.BASE_URL}/offres/{offer.pk}/\n")
    return offer


def reject(offer: Offer, reason: str, by=None) -> Offer:
    set_status(offer, Status.REJECTED, by, reason)
    _mail(offer, f"Votre offre « {offer.title} » n'a pas été publiée",
          f"Bonjour,\n\nVotre offre n'a pas été retenue pour la raison suivante :\n\n{reason}\n")
    return offer


def mark_filled(offer: Offer, by=None) -> Offer:
    return set_status(offer, Status.FILLED, by, "pourvue")


def extend(offer: Offer, days: int = 30) -> Offer:
    """Push the deadline back by ``days`` (from today at the earliest)."""
    base = max(offer.deadline or today(), today())
    offer.deadline = base + dt.timedelta(days=days)
    offer.reminder_sent = False
    offer.save()
    return offer


def expire_due(on: dt.date | None = None) -> int:
    """Mark as expired every published offer past its expiry day; how many."""
    count = 0
    for offer in Offer.objects.expired(on):
        set_status(offer, Status.EXPIRED, None, "date limite dépassée")
        count += 1
    return count


def send_expiry_reminders(days: int = 5, on: dt.date | None = None) -> int:
    """E-mail recruiters whose offer expires within ``days``; how many."""
    sent = 0
    for offer in Offer.objects.expiring_within(days, on).filter(reminder_sent=False).exclude(submitter_email=""):
        _mail(offer, f"Votre offre « {offer.title} » expire bientôt",
              f"Bonjour,\n\nVotre offre expire le {offer.expires_on:%d/%m/%Y}.\n"
              f"Prolonger ou indiquer qu'elle est pourvue : {settings.BASE_URL}/offres/{offer.pk}/gerer/"
              f"?token={manage_token(offer)}\n")
        offer.reminder_sent = True
        offer.save(update_fields=["reminder_sent"])
        sent += 1
    return sent


def manage_token(offer: Offer) -> str:
    """A signed token that lets the recruiter manage one offer from an e-mail link."""
    return signing.dumps({"offer": offer.pk}, salt=MANAGE_SALT)


def read_manage_token(token: str, max_age_days: int = 60) -> int | None:
    """The offer a manage token is for, or None when forged or too old."""
    try:
        return signing.loads(token, salt=MANAGE_SALT, max_age=max_age_days * 86400)["offer"]
    except (signing.BadSignature, KeyError, TypeError):
        return None


MANAGE_SALT = "filon-manage"


def duplicates_of(offer: Offer) -> list[Offer]:
    """Other offers with the same employer and title, or a near-identical text."""
    same_title = Q(title__iexact=offer.title) & Q(organization__iexact=offer.organization)
    head = fold_key(offer.text[:400])
    candidates = Offer.objects.exclude(pk=offer.pk).exclude(status=Status.REJECTED)
    found = list(candidates.filter(same_title)[:5])
    if head and len(head) > 100:
        found += [o for o in candidates.filter(text__startswith=offer.text[:120])[:5]
                  if o not in found and fold_key(o.text[:400]) == head]
    return found


def _mail(offer: Offer, subject: str, body: str) -> None:
    if offer.submitter_email:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [offer.submitter_email], fail_silently=True)
