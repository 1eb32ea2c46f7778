"""Moderation and life cycle: approve, reject, fill, extend, expire, remind.

Every change of status goes through :func:`set_status`, which records who
made it and why; e-mails to recruiters are sent from here.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection, send_mail
from django.db import transaction
from django.db.models import Q

from filon.board.identity import identity

from .importing import fold_key
from .models import Offer, Status, StatusChange, today

log = logging.getLogger(__name__)


def set_status(offer: Offer, status: str, by=None, reason: str = "") -> Offer:
    with transaction.atomic():
        offer.status = status
        offer.save()
        StatusChange.objects.create(offer=offer, status=status, by=by, reason=reason)
    return offer


def approve(offer: Offer, by=None) -> Offer:
    set_status(offer, Status.PUBLISHED, by, "approuvée")
    _mail(offer, f"Votre offre « {offer.title} » est en ligne",
          f"Bonjour,\n\nVotre offre est publiée : {settings.BASE_URL}/offres/{offer.pk}/\n\n"
          f"La modifier, la prolonger, la retirer ou indiquer qu'elle est pourvue (lien personnel) :\n{manage_url(offer)}\n")
    return offer


def reject(offer: Offer, reason: str, by=None) -> Offer:
    set_status(offer, Status.REJECTED, by, reason)
    _mail(offer, f"Votre offre « {offer.title} » n'a pas été publiée",
          f"Bonjour,\n\nVotre offre n'a pas été retenue pour la raison suivante :\n\n{reason}\n")
    return offer


def mark_filled(offer: Offer, by=None, reason: str = "pourvue") -> Offer:
    return set_status(offer, Status.FILLED, by, reason)


class ExtensionRefused(ValueError):
    """The offer is already online as long as an offer may be (``FILON_MANAGE_MAX_DAYS``)."""


def extension_limit(offer: Offer) -> dt.date:
    """The last deadline an offer may be extended to: ``MANAGE_MAX_DAYS`` after its publication."""
    return offer.published_day + dt.timedelta(days=settings.MANAGE_MAX_DAYS)


def extend(offer: Offer, days: int | None = None, by=None, reason: str = "prolongée") -> Offer:
    """Push the deadline back by ``days`` (from today at the earliest), no
    further than :func:`extension_limit`; an expired offer is published
    again. Recorded in the offer's history. Raises :class:`ExtensionRefused`
    when the deadline is already at the limit."""
    days = settings.MANAGE_EXTEND_DAYS if days is None else days
    base = max(offer.deadline or today(), today())
    limit = extension_limit(offer)
    deadline = min(base + dt.timedelta(days=days), limit)
    if offer.deadline and deadline <= offer.deadline:
        raise ExtensionRefused(f"déjà prolongée jusqu'à la limite du {limit:%d/%m/%Y}")
    with transaction.atomic():
        offer.deadline = deadline
        offer.reminder_sent = False
        offer.status = Status.PUBLISHED if offer.status == Status.EXPIRED else offer.status
        offer.save()
        StatusChange.objects.create(offer=offer, status=offer.status, by=by,
                                    reason=f"{reason} jusqu'au {deadline:%d/%m/%Y}")
    return offer


def withdraw(offer: Offer, reason: str = "retirée par le recruteur") -> Offer:
    """The recruiter takes the offer down: archived, and its management link stops working."""
    return set_status(offer, Status.ARCHIVED, None, reason)


def resubmit(offer: Offer, reason: str = "modifiée par le recruteur") -> Offer:
    """The recruiter edited the offer: it waits for a coordinator again."""
    return set_status(offer, Status.PENDING, None, reason)


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
              f"Prolonger ou indiquer qu'elle est pourvue : {manage_url(offer)}\n")
        offer.reminder_sent = True
        offer.save(update_fields=["reminder_sent"])
        sent += 1
    return sent


# What a recruiter's link may do, by the offer's status. A rejected or
# withdrawn (archived) offer is in none: its link stops working.
MANAGE_ACTIONS = {
    Status.PENDING: {"edit", "withdraw"},
    Status.PUBLISHED: {"edit", "withdraw", "filled", "extend"},
    Status.EXPIRED: {"withdraw", "extend"},
    Status.FILLED: {"withdraw"},
}
MANAGE_SALT = "filon-manage"


def manage_token(offer: Offer) -> str:
    """A signed token that lets the recruiter manage one offer from an e-mail
    link; it names the offer's content hash too, so that it never opens
    another offer given the same id later."""
    return signing.dumps({"offer": offer.pk, "hash": offer.content_hash[:16]}, salt=MANAGE_SALT)


def manage_url(offer: Offer) -> str:
    return f"{settings.BASE_URL}/offres/{offer.pk}/gerer/?token={manage_token(offer)}"


def read_manage_token(token: str, max_age_days: int | None = None) -> dict | None:
    """What a manage token says ({"offer": id, "hash": ...}), or None when forged or too old."""
    days = settings.MANAGE_LINK_DAYS if max_age_days is None else max_age_days
    try:
        data = signing.loads(token, salt=MANAGE_SALT, max_age=days * 86400)
    except signing.BadSignature:
        return None
    return data if isinstance(data, dict) and "offer" in data else None


def managed_offer(pk: int, token: str) -> Offer | None:
    """The offer a recruiter's link opens: the token is genuine, recent
    enough, for this offer, and the offer can still be managed (neither
    rejected nor withdrawn)."""
    data = read_manage_token(token)
    if not data or data["offer"] != pk:
        return None
    offer = Offer.objects.filter(pk=pk).first()
    if offer is None or offer.content_hash[:16] != data.get("hash") or offer.status not in MANAGE_ACTIONS:
        return None
    return offer


def confirm_submission(offer: Offer) -> None:
    """The recruiter's receipt: what happens next and the private link."""
    _mail(offer, f"Offre reçue : {offer.title}",
          "Bonjour,\n\nNous avons bien reçu votre offre. L'équipe la relit, en général sous deux jours ouvrés, "
          "puis vous écrit quand elle est publiée.\n\n"
          f"Voir, modifier ou retirer votre offre (lien personnel, ne le partagez pas) :\n{manage_url(offer)}\n")


def imported_link_mail(offer: Offer) -> EmailMessage:
    """The e-mail telling an imported offer's recruiter that it is on the
    board (or waits for a coordinator) and giving the private link."""
    where = (f"Elle est en ligne : {settings.BASE_URL}/offres/{offer.pk}/" if offer.status == Status.PUBLISHED
             else "L'équipe la relit avant de la publier.")
    site = identity()["name"]
    body = (f"Bonjour,\n\nVotre offre « {offer.title} » a été reprise sur {site}, le site d'offres "
            f"d'emploi où votre adresse figure comme contact. {where}\n\n"
            "La voir, la modifier, la prolonger, la retirer ou indiquer qu'elle est pourvue "
            f"(lien personnel, ne le partagez pas) :\n{manage_url(offer)}\n")
    return EmailMessage(f"Votre offre « {offer.title} » sur {site}", body,
                        settings.DEFAULT_FROM_EMAIL, [offer.submitter_email])


def send_manage_links(offers: Iterable[Offer]) -> tuple[int, int]:
    """E-mail each imported offer with a recruiter's address its management
    link, one e-mail per offer over one connection; (sent, failed). A mail
    that cannot be sent is logged and the others go on: it never fails the import."""
    sent = failed = 0
    connection = get_connection()
    try:
        for offer in offers:
            if not offer.submitter_email:
                continue
            try:
                connection.open()              # once; again after a failure closed it
                if connection.send_messages([imported_link_mail(offer)]) != 1:
                    raise OSError("the mail backend sent nothing")
                sent += 1
            except Exception as error:      # noqa: BLE001 - whatever the backend raises (SMTP, socket, file)
                failed += 1
                log.warning("offer %s: its management link could not be e-mailed to %s (%s)",
                            offer.pk, offer.submitter_email, error)
                _close(connection)
    finally:
        _close(connection)
    return sent, failed


def _close(connection) -> None:
    """Close a mail connection; one that fails to close is only logged."""
    try:
        connection.close()
    except Exception as error:      # noqa: BLE001
        log.warning("the mail connection did not close cleanly (%s)", error)


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
    """E-mail the offer's recruiter, if it has one; a mail that cannot be
    sent is logged and never stops what sent it (a moderation, a submission)."""
    if offer.submitter_email:
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [offer.submitter_email])
        except Exception as error:      # noqa: BLE001 - whatever the backend raises (SMTP, socket, file)
            log.warning("offer %s: e-mail « %s » to %s not sent (%s)", offer.pk, subject, offer.submitter_email, error)
