"""Views of the board. Each parses its input, calls one function, renders."""
from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from filon.extract import ExtractionError
from filon.offers import moderation
from filon.offers.importing import content_hash, extract_untrusted
from filon.offers.models import Offer, Status, StatusChange
from filon.offers.vocabulary import CONTRACT_LABELS, EDUCATION_LABELS
from filon.search.engine import RADII_KM, SORTS, Query, search

from .forms import DocumentForm, OfferForm, RejectForm, SubmitterForm
from .jsonld import job_posting_script

PUBLISHED_CHOICES = [(1, "24 heures"), (7, "7 jours"), (30, "30 jours")]
FACET_TITLES = {"contract": "Type de contrat", "region": "Région", "department": "Département",
                "remote": "Télétravail", "start": "Début", "education": "Niveau d'études", "open": "Candidatures"}


@vary_on_headers("HX-Request")
def home(request):
    """Search: keywords, facets with counts, sort, pagination; a shareable URL."""
    query = Query.from_params(request.GET)
    results = search(query)
    params = request.GET.copy()
    params.pop("page", None)
    context = {"query": query, "results": results, "sorts": SORTS, "facet_titles": FACET_TITLES,
               "selected": {name: set(request.GET.getlist(name)) for name in FACET_TITLES},
               "querystring": params.urlencode(), "contract_labels": CONTRACT_LABELS, "radii": RADII_KM,
               "published_choices": PUBLISHED_CHOICES,
               "education_labels": EDUCATION_LABELS,
               "pages": results.pages(20)}
    live = request.headers.get("HX-Request") == "true" and not request.headers.get("HX-History-Restore-Request")
    template = "board/_layout.html" if live else "board/search.html"       # htmx asks for results and facets only
    return render(request, template, context)


def offer_detail(request, pk: int):
    offer = get_object_or_404(Offer, pk=pk)
    staff = request.user.is_staff
    if offer.status in (Status.PENDING, Status.REJECTED, Status.DRAFT) and not staff:
        raise Http404("Offre non publiée")
    context = {"offer": offer, "jsonld": job_posting_script(offer) if offer.is_open else None,
               "contract_labels": CONTRACT_LABELS, "education_labels": EDUCATION_LABELS,
               "sections": [(s["name"], offer.text[s["start"]:s["end"]]) for s in offer.sections]}
    return render(request, "board/offer.html", context)


def offer_ics(request, pk: int):
    """The deadline as a calendar event."""
    offer = get_object_or_404(Offer.objects.visible(), pk=pk)
    if not offer.deadline:
        raise Http404("Pas de date limite")
    day = offer.deadline.strftime("%Y%m%d")
    end = (offer.deadline + dt.timedelta(days=1)).strftime("%Y%m%d")
    body = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//filon//offres//FR", "BEGIN:VEVENT",
        f"UID:offre-{offer.pk}@filon", f"DTSTAMP:{dt.datetime.utcnow():%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day}", f"DTEND;VALUE=DATE:{end}",
        f"SUMMARY:Date limite : {_ics_escape(offer.title)}",
        f"URL:{settings.BASE_URL}/offres/{offer.pk}/", "END:VEVENT", "END:VCALENDAR", ""])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="offre-{offer.pk}.ics"'
    return response


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", " ")


def sitemap(request):
    offers = Offer.objects.visible().only("pk", "updated_at")
    urls = "".join(f"<url><loc>{settings.BASE_URL}/offres/{o.pk}/</loc><lastmod>{o.updated_at:%Y-%m-%d}</lastmod></url>"
                   for o in offers)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return HttpResponse(xml, content_type="application/xml")


def submit(request):
    """Step 1 (document) then step 2 (pre-filled form) of a recruiter's submission."""
    if request.method == "POST" and request.POST.get("step") == "offer":
        return _submit_offer(request)
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if _rate_limited(request):
            form.add_error(None, "Trop d'envois depuis votre adresse : réessayez dans une heure.")
        else:
            upload = form.cleaned_data.get("document")
            data, name = (upload.read(), upload.name) if upload else (form.cleaned_data["text"], "offre.txt")
            try:
                records = extract_untrusted(data, name)
            except ExtractionError as error:
                form.add_error("document" if upload else "text", f"Document illisible : {error.reason}")
                records = []
            if records:
                record = records[0]
                stored = None
                if upload:
                    stored = default_storage.save(f"incoming/{uuid.uuid4().hex}_{upload.name}", ContentFile(data))
                request.session["submission"] = {"record": record.to_dict(), "document": stored, "id": uuid.uuid4().hex}
                offer = Offer(**Offer.fields_from_record(record))
                return render(request, "board/submit_offer.html", {
                    "form": OfferForm(instance=offer), "submitter": SubmitterForm(),
                    "evidence": _evidence_sentences(record), "count": len(records)})
    return render(request, "board/submit.html", {"form": form})


def _submit_offer(request):
    """Step 2: the offer stored once per step 1, however many times (or at
    once) the form is posted."""
    pending = request.session.get("submission")
    if not pending:
        return redirect("board:submit")
    form, submitter = OfferForm(request.POST), SubmitterForm(request.POST)
    if _rate_limited(request):
        form.add_error(None, "Trop d'envois depuis votre adresse : réessayez dans une heure.")
    if not (form.is_valid() and submitter.is_valid()):
        from filon.extract import Offer as Record
        return render(request, "board/submit_offer.html", {
            "form": form, "submitter": submitter, "evidence": _evidence_sentences(Record.from_dict(pending["record"]))})
    from filon.extract import Offer as Record
    record = Record.from_dict(pending["record"])
    offer = form.save(commit=False)
    # The submission's own id in the hash: the same document submitted again is a new offer,
    # the same submission posted again is the same offer (the unique hash refuses a second row).
    offer.content_hash = f"{content_hash(record)[:48]}{pending.get('id', uuid.uuid4().hex)[:16]}"
    offer.status = Status.PENDING
    offer.submitter_email = submitter.cleaned_data["email"]
    if offer.text == record.text:
        offer.sections, offer.evidence = record.to_dict()["sections"], record.to_dict()["evidence"]
    else:                                               # edited by the recruiter
        offer.set_text(offer.text)
    if pending.get("document"):
        offer.document.name = pending["document"]
        offer.source_name = pending["document"].split("_", 1)[-1]
    try:
        with transaction.atomic():
            offer.save()
            StatusChange.objects.create(offer=offer, status=Status.PENDING, reason="déposée par le recruteur")
    except IntegrityError:          # this submission was stored by an earlier (or simultaneous) post
        request.session.pop("submission", None)
        return render(request, "board/submit_done.html", {"offer": Offer.objects.get(content_hash=offer.content_hash)})
    request.session.pop("submission", None)
    send_mail(f"Offre reçue : {offer.title}",
              "Bonjour,\n\nNous avons bien reçu votre offre. Elle sera publiée après relecture par l'équipe.\n",
              settings.DEFAULT_FROM_EMAIL, [offer.submitter_email], fail_silently=True)
    return render(request, "board/submit_done.html", {"offer": offer})


def _evidence_sentences(record) -> dict[str, str]:
    """For each field, the sentence of the document it was read from."""
    shown = {}
    for field, (start, end) in record.evidence.items():
        text = record.text
        a = max(text.rfind("\n", 0, start) + 1, start - 80)
        b = text.find("\n", end)
        b = min(len(text) if b < 0 else b, end + 80)
        shown[field.split(".")[0] if field.startswith(("emails", "phones")) else field.replace(".", "_")] = text[a:b].strip()
    return shown


def _rate_limited(request) -> bool:
    ip = request.META.get("REMOTE_ADDR", "?")
    key = f"submit:{ip}:{dt.datetime.now():%Y%m%d%H}"
    count = cache.get_or_set(key, 0, 3600)
    cache.incr(key)
    return count >= settings.SUBMISSIONS_PER_HOUR_PER_IP


@staff_member_required
def moderation_queue(request):
    offers = Offer.objects.pending().order_by("created_at")
    rows = [(offer, moderation.duplicates_of(offer)) for offer in offers]
    expired = Offer.objects.expired()[:20]
    return render(request, "board/moderation.html", {"rows": rows, "expired": expired})


@staff_member_required
def moderate(request, pk: int):
    offer = get_object_or_404(Offer, pk=pk)
    text_before = offer.text
    form = OfferForm(request.POST or None, instance=offer)
    reject_form = RejectForm(request.POST if request.POST.get("action") == "reject" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "reject" and reject_form.is_valid():
            moderation.reject(offer, reject_form.cleaned_data["reason"], request.user)
            messages.success(request, "Offre refusée ; le recruteur est prévenu.")
            return redirect("board:moderation")
        if action in ("save", "approve") and form.is_valid():
            offer = form.save(commit=False)
            if offer.text != text_before:           # the sections' offsets were of the old text
                offer.set_text(offer.text)
            offer.save()
            if action == "approve":
                moderation.approve(offer, request.user)
                messages.success(request, "Offre publiée.")
                return redirect("board:moderation")
            messages.success(request, "Modifications enregistrées.")
    return render(request, "board/moderate.html", {"offer": offer, "form": form, "reject_form": reject_form,
                                                   "duplicates": moderation.duplicates_of(offer)})


def manage(request, pk: int):
    """A recruiter extends an offer or marks it filled, from the link of the reminder e-mail."""
    offer = get_object_or_404(Offer, pk=pk)
    if moderation.read_manage_token(request.GET.get("token", "")) != pk:
        return HttpResponseBadRequest("Lien invalide ou expiré.")
    if request.method == "POST":
        if request.POST.get("action") == "extend":
            moderation.extend(offer, 30)
            messages.success(request, "Offre prolongée de 30 jours.")
        elif request.POST.get("action") == "filled":
            moderation.mark_filled(offer)
            messages.success(request, "Offre marquée comme pourvue.")
        return redirect(reverse("board:offer", args=[pk]))
    return render(request, "board/manage.html", {"offer": offer, "token": request.GET["token"]})


@require_POST
@staff_member_required
def expire_now(request):
    count = moderation.expire_due()
    messages.success(request, f"{count} offre(s) expirée(s).")
    return redirect("board:moderation")
