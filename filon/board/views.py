"""Views of the board. Each parses its input, calls one function, renders."""
from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from filon.extract import ExtractionError
from filon.extract import Offer as Record
from filon.offers import moderation
from filon.offers.importing import content_hash, extract_untrusted
from filon.offers.models import Offer, Status, StatusChange
from filon.offers.vocabulary import CONTRACT_LABELS, EDUCATION_LABELS
from filon.search.engine import RADII_KM, SORTS, Query, search
from filon.search.geo import locate
from filon.web.middleware import client_address

from . import display, places
from .forms import DocumentForm, OfferForm, RejectForm, SubmissionOfferForm, SubmitterForm
from .identity import identity
from .jsonld import job_posting_script
from .models import SiteIdentity

PER_PAGE = 20
FACET_SHOWN = 5           # a longer facet shows its first values and "voir plus"
PUBLISHED_CHOICES = [(1, "24 heures"), (7, "7 jours"), (30, "30 jours")]
FACET_TITLES = {"contract": "Type de contrat", "region": "Région", "department": "Département",
                "remote": "Télétravail", "start": "Début", "education": "Niveau d'études", "open": "Candidatures"}


@vary_on_headers("HX-Request")
def home(request):
    """Search: keywords, facets with counts, sort, pagination; a shareable URL."""
    place = places.interpret(request.GET.get("near", ""))
    if place.facet:                   # a région or a département: the whole area, said in the URL
        return redirect(_area_url(request.GET, place))
    short = short_querystring(request.GET, drop=())
    if short != request.GET.urlencode():      # a form sent without JavaScript: the same search, a short URL
        return redirect(f"{reverse('board:home')}?{short}" if short else reverse("board:home"))
    query = Query.from_params(_located(request.GET, place))
    results = search(query)
    pages = results.pages(PER_PAGE)
    selected = {name: set(request.GET.getlist(name)) for name in FACET_TITLES}
    context = {"query": query, "results": results, "sorts": SORTS, "filter_count": sum(len(v) for v in selected.values()),
               "querystring": short_querystring(request.GET), "contract_labels": CONTRACT_LABELS, "radii": RADII_KM,
               "published_choices": PUBLISHED_CHOICES, "facet_groups": facet_groups(results.facets, selected),
               "pages": pages, "page_links": page_links(query.page, pages),
               "homonyms": [(name, _with(request.GET, near=name)) for name in place.homonyms]}
    live = request.headers.get("HX-Request") == "true" and not request.headers.get("HX-History-Restore-Request")
    template = "board/_layout.html" if live else "board/search.html"       # htmx asks for results and facets only
    return render(request, template, context)


def _area_url(params, place) -> str:
    """The search with "près de" a région or département turned into that facet."""
    changed = params.copy()
    for name in ("near", "radius_km", "page"):
        changed.pop(name, None)
    if place.value not in changed.getlist(place.facet):
        changed.appendlist(place.facet, place.value)
    return f"{reverse('board:home')}?{short_querystring(changed)}"


def _located(params, place):
    """The search's parameters, "près de" a commune name shared by several
    communes read as the first of them (most populous first) that the map
    knows, when the name alone is not placed."""
    if not place.homonyms or locate(params.get("near", "")):
        return params
    known = next((name for name in place.homonyms if locate(name)), None)
    if not known:
        return params
    changed = params.copy()
    changed["near"] = known
    return changed


def _with(params, **values) -> str:
    """The search's short URL with some parameters replaced."""
    changed = params.copy()
    for name, value in values.items():
        changed[name] = value
    return f"{reverse('board:home')}?{short_querystring(changed)}"


def place_suggestions(request):
    """Places completing what is typed in "près de" (JSON list of labels)."""
    return JsonResponse(places.suggestions(request.GET.get("q", "")[:60]), safe=False,
                        headers={"Cache-Control": "max-age=86400"})


def facet_groups(facets: dict, selected: dict[str, set]) -> list[dict]:
    """Each facet with values, for the filters: its first ``FACET_SHOWN``
    values, the rest behind "voir plus" (open when one of them is chosen)."""
    groups = []
    for name, values in facets.items():
        if values:
            more = values[FACET_SHOWN:]
            groups.append({"name": name, "title": FACET_TITLES[name], "selected": selected.get(name, set()),
                           "shown": values[:FACET_SHOWN], "more": more,
                           "more_selected": any(v in selected.get(name, ()) for v, _, _ in more)})
    return groups


def short_querystring(params, drop: tuple[str, ...] = ("page",)) -> str:
    """The search's query string without empty values, the page, nor a
    radius without a place: what the pager and the feed link carry."""
    kept = params.copy()
    for name in list(kept):
        values = [v for v in kept.getlist(name) if v.strip()]
        if name in drop or not values or (name == "radius_km" and not params.get("near", "").strip()):
            del kept[name]
        else:
            kept.setlist(name, values)
    return kept.urlencode()


def page_links(current: int, last: int, around: int = 2) -> list[int | None]:
    """Page numbers for the pager: the first, the last and those around
    the current one; None where numbers are skipped ("…")."""
    shown = sorted({1, last, *range(max(1, current - around), min(last, current + around) + 1)})
    links: list[int | None] = []
    for n in shown:
        if links and n - links[-1] > 1:
            links.append(None)
        links.append(n)
    return links


def offer_detail(request, pk: int):
    offer = get_object_or_404(Offer, pk=pk)
    staff = request.user.is_staff
    if offer.status in (Status.PENDING, Status.REJECTED, Status.DRAFT, Status.ARCHIVED) and not staff:
        raise Http404("Offre non publiée")
    context = {**offer_page(offer), "jsonld": job_posting_script(offer) if offer.is_open else None,
               "url": f"{settings.BASE_URL}{reverse('board:offer', args=[offer.pk])}",
               "description": display.offer_line(offer), "back": _results_link(request),
               "similar": similar_offers(offer), "same_employer": employer_offers(offer)}
    return render(request, "board/offer.html", context)


def offer_page(offer: Offer, preview: bool = False) -> dict:
    """What the offer's article (board/_offer_article.html) needs: its text
    as headed blocks, the "apply" part apart (shown in the one apply box)."""
    parts = display.blocks(offer.text, offer.sections)
    return {"offer": offer, "preview": preview, "contract_labels": CONTRACT_LABELS, "education_labels": EDUCATION_LABELS,
            "blocks": [b for b in parts if b.name != "apply"], "apply_blocks": [b for b in parts if b.name == "apply"]}


LINK_FIELDS = ("pk", "title", "organization", "city")      # what a link to another offer shows


def similar_offers(offer: Offer, count: int = 4) -> list[Offer]:
    """Open offers of the same contract type in the same département (else région), newest first."""
    qs = Offer.objects.visible().exclude(pk=offer.pk)
    if offer.organization:
        qs = qs.exclude(organization__iexact=offer.organization)       # those are listed apart
    if offer.contract_mask:
        qs = qs.annotate(shared=F("contract_mask").bitand(offer.contract_mask)).filter(shared__gt=0)
    if offer.department:
        qs = qs.filter(department=offer.department)
    elif offer.region:
        qs = qs.filter(region=offer.region)
    return list(qs.order_by("-published_on", "-created_at").only(*LINK_FIELDS)[:count])


def employer_offers(offer: Offer, count: int = 5) -> list[Offer]:
    """The employer's other open offers."""
    if not offer.organization:
        return []
    return list(Offer.objects.visible().filter(organization__iexact=offer.organization).exclude(pk=offer.pk)
                .order_by("-published_on", "-created_at").only(*LINK_FIELDS)[:count])


def _results_link(request) -> str:
    """Back to the results the person came from (a search of this board), else the search page."""
    parsed = urlparse(request.META.get("HTTP_REFERER", ""))
    home = reverse("board:home")
    if parsed.netloc == request.get_host() and parsed.path == home and parsed.query:
        return f"{home}?{parsed.query}"
    return home


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


def robots(request):
    """Crawlers may read the board but not its private pages; the sitemap is named."""
    lines = ["User-agent: *", "Disallow: /moderation/", "Disallow: /admin/", "Disallow: /deposer/",
             "Disallow: /offres/*/gerer/", "Disallow: /flux.atom", f"Sitemap: {settings.BASE_URL}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def theme(request):
    """The board's accent colour (admin or FILON_SITE_ACCENT) as CSS, so that no template is edited for it."""
    response = HttpResponse(f":root {{ --accent: {identity()['accent']}; }}\n", content_type="text/css")
    response["Cache-Control"] = "max-age=3600"          # its URL names the colour's version
    return response


def logo(request):
    """The logo uploaded in the admin (its URL names its version)."""
    row = SiteIdentity.objects.filter(pk=1).exclude(logo_type="").first()
    if row is None:
        raise Http404("Pas de logo")
    response = HttpResponse(bytes(row.logo), content_type=row.logo_type)
    response["Cache-Control"] = "max-age=86400"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"   # an SVG runs nothing
    response["X-Content-Type-Options"] = "nosniff"
    return response


PAGES = {"mentions-legales": "Mentions légales", "donnees-personnelles": "Données personnelles",
         "accessibilite": "Déclaration d'accessibilité", "plan-du-site": "Plan du site"}


def page(request, name: str):
    """A page about the board: legal notice, personal data, accessibility
    statement (the admin's text, else an operator's HTML file in
    FILON_SITE_PAGES_DIR, else the default text), the site map."""
    if name not in PAGES:
        raise Http404("Page inconnue")
    custom = identity()["pages"].get(name)
    path = Path(settings.SITE_PAGES_DIR) / f"{name}.html" if settings.SITE_PAGES_DIR else None
    if not custom and path and path.is_file():
        custom = path.read_text(encoding="utf-8")
    context = {"title": PAGES[name], "name": name, "custom": custom}
    if name == "plan-du-site":
        context["regions"] = (Offer.objects.visible().exclude(region="").values_list("region", flat=True)
                              .distinct().order_by("region"))
        context["contracts"] = CONTRACT_LABELS
    return render(request, "board/page.html", context)


def submit(request):
    """Step 1 (document) then step 2 (a pre-filled form for each offer the
    document holds) of a recruiter's submission."""
    if request.method == "POST" and request.POST.get("step") == "offer":
        return _submit_offers(request)
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if _rate_limited(request, count=False):        # no use filling the forms: they could not be sent
            form.add_error(None, TOO_MANY)
        else:
            upload = form.cleaned_data.get("document")
            data, name = (upload.read(), upload.name) if upload else (form.cleaned_data["text"], "offre.txt")
            try:
                records = extract_untrusted(data, name)
            except ExtractionError as error:
                form.add_error("document" if upload else "text", f"Document illisible : {error.reason}")
                records = []
            if records:
                stored = None
                if upload:
                    stored = default_storage.save(f"incoming/{uuid.uuid4().hex}_{upload.name}", ContentFile(data))
                request.session["submission"] = {"records": [r.to_dict() for r in records], "document": stored,
                                                 "id": uuid.uuid4().hex}
                forms = [SubmissionOfferForm(instance=Offer(**Offer.fields_from_record(r)), prefix=_prefix(i, len(records)),
                                             evidence=_evidence_sentences(r)) for i, r in enumerate(records)]
                return _submission_page(request, forms, SubmitterForm(), kept=set(range(len(records))))
    return render(request, "board/submit.html", {"form": form})


def _submission_page(request, forms: list, submitter, kept: set[int], previews: list | None = None, error: str = ""):
    """Step 2: one form per offer found, each with a box to keep it (all kept at first)."""
    return render(request, "board/submit_offer.html", {
        "offers": [{"index": i, "form": f, "kept": i in kept} for i, f in enumerate(forms)],
        "submitter": submitter, "previews": previews or [], "error": error, "count": len(forms),
        "lifetime": settings.OFFER_LIFETIME_DAYS})


def _submit_offers(request):
    """Step 2 posted: preview the offers kept, or store them pending moderation."""
    pending = request.session.get("submission")
    if not pending or "records" not in pending:
        return redirect("board:submit")
    records = [Record.from_dict(r) for r in pending["records"]]
    kept = {int(i) for i in request.POST.getlist("keep") if i.isdigit() and int(i) < len(records)}
    if len(records) == 1:
        kept = {0}
    forms = [SubmissionOfferForm(request.POST if i in kept else None, prefix=_prefix(i, len(records)),
                                 evidence=_evidence_sentences(r),
                                 instance=Offer(**Offer.fields_from_record(r))) for i, r in enumerate(records)]
    submitter = SubmitterForm(request.POST)
    valid = [forms[i].is_valid() for i in sorted(kept)]
    if not kept or not all(valid) or not submitter.is_valid():
        return _submission_page(request, forms, submitter, kept,
                                error="" if kept else "Cochez au moins une offre à déposer.")
    if request.POST.get("action") != "preview" and _rate_limited(request):
        return _submission_page(request, forms, submitter, kept, error=TOO_MANY)
    offers = [_submitted_offer(forms[i].save(commit=False), records[i], pending, i) for i in sorted(kept)]
    if request.POST.get("action") == "preview":
        return _submission_page(request, forms, submitter, kept, previews=[offer_page(o, preview=True) for o in offers])
    request.session.pop("submission", None)
    email = submitter.cleaned_data["email"]
    try:
        with transaction.atomic():
            for offer in offers:
                offer.submitter_email = email
                offer.save()
                StatusChange.objects.create(offer=offer, status=Status.PENDING, reason="déposée par le recruteur")
    except IntegrityError:          # this submission was stored by an earlier (or simultaneous) post
        stored = list(Offer.objects.filter(content_hash__in=[o.content_hash for o in offers]))
        return render(request, "board/submit_done.html", {"offers": stored, "email": email})
    for offer in offers:
        moderation.confirm_submission(offer)
    return render(request, "board/submit_done.html", {"offers": offers, "email": email})


def _prefix(index: int, count: int) -> str | None:
    """Each offer's form has its own field names when a document holds several."""
    return f"o{index}" if count > 1 else None


def _submitted_offer(offer: Offer, record, pending: dict, index: int) -> Offer:
    """An offer of the form, unsaved, with what the form does not hold:
    its hash, status, sections (while the text is the document's), document.
    The submission's own id is in the hash: the same document submitted again
    is a new offer, the same submission posted again (or at once, twice) is
    the same offer, which the unique hash stores once."""
    submission = pending.get("id") or uuid.uuid4().hex
    offer.content_hash = f"{content_hash(record)[:48]}{hashlib.sha256(f'{submission}:{index}'.encode()).hexdigest()[:16]}"
    offer.status = Status.PENDING
    offer.sections = record.to_dict()["sections"] if offer.text == record.text else []
    offer.evidence = record.to_dict()["evidence"]
    if pending.get("document"):
        offer.document.name = pending["document"]
        offer.source_name = pending["document"].split("_", 1)[-1]
    return offer


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


TOO_MANY = "Trop d'envois depuis votre adresse : réessayez dans une heure."


def _rate_limited(request, count: bool = True) -> bool:
    """Whether this visitor already made as many submissions this hour as
    allowed (``FILON_SUBMISSIONS_PER_HOUR``), counting this one when
    ``count``: only final submissions count (reading a document and the
    preview do not); coordinators are never limited. The visitor is
    :func:`client_address` (behind a proxy: ``FILON_TRUSTED_PROXIES``)."""
    if request.user.is_authenticated and request.user.is_staff:
        return False
    key = f"submit:{client_address(request)}:{dt.datetime.now():%Y%m%d%H}"
    made = cache.get_or_set(key, 0, 3600)
    if made >= settings.SUBMISSIONS_PER_HOUR_PER_IP:
        return True
    if count:
        cache.incr(key)
    return False


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


MANAGE_DONE = {"withdraw": "Offre retirée : elle n'est plus visible et ce lien ne fonctionne plus.",
               "filled": "Offre marquée comme pourvue : merci !",
               "edit": "Modifications enregistrées : l'offre sera publiée à nouveau après relecture par l'équipe."}


def manage(request, pk: int):
    """The recruiter's private page (link e-mailed from submission on): see
    the offer, edit it (back to moderation), withdraw it, mark it filled,
    extend it up to the ceiling. Each action goes in the offer's history;
    the link stops working once the offer is rejected or withdrawn."""
    token = request.GET.get("token", "")
    offer = moderation.managed_offer(pk, token)
    if offer is None:
        return render(request, "board/manage_refused.html", status=403)
    allowed = moderation.MANAGE_ACTIONS[offer.status]
    action = request.POST.get("action") or request.GET.get("action", "")
    form = None
    if action == "edit" and "edit" in allowed:
        form = SubmissionOfferForm(request.POST or None, instance=offer)
        if request.method == "POST" and request.POST.get("action") == "edit" and form.is_valid():
            original = Offer.objects.get(pk=pk).text
            offer = form.save(commit=False)
            if offer.text != original:
                offer.sections = []                    # the extracted offsets no longer match the text
            moderation.resubmit(offer)
            messages.success(request, MANAGE_DONE["edit"])
            return redirect(f"{reverse('board:manage', args=[pk])}?token={token}")
    elif request.method == "POST" and action in allowed:
        if action == "extend":
            try:
                moderation.extend(offer, reason="prolongée par le recruteur")
                messages.success(request, f"Offre prolongée jusqu'au {offer.deadline:%d/%m/%Y}.")
            except moderation.ExtensionRefused as refused:
                messages.error(request, f"Prolongation impossible : {refused}.")
        elif action == "filled":
            moderation.mark_filled(offer, reason="pourvue, d'après le recruteur")
            messages.success(request, MANAGE_DONE["filled"])
        elif action == "withdraw":
            moderation.withdraw(offer)
            messages.success(request, MANAGE_DONE["withdraw"])
            return redirect("board:home")
        return redirect(f"{reverse('board:manage', args=[pk])}?token={token}")
    limit = moderation.extension_limit(offer)
    return render(request, "board/manage.html", {
        **offer_page(offer), "token": token, "allowed": allowed, "form": form, "limit": limit,
        "can_extend": "extend" in allowed and (not offer.deadline or offer.deadline < limit),
        "extend_days": settings.MANAGE_EXTEND_DAYS, "history": offer.history.all()})


@require_POST
@staff_member_required
def approve_many(request):
    """Bulk approval: every pending offer ticked in the queue."""
    ids = [int(i) for i in request.POST.getlist("offer") if i.isdigit()]
    offers = list(Offer.objects.pending().filter(pk__in=ids))
    for offer in offers:
        moderation.approve(offer, request.user)
    if offers:
        messages.success(request, f"{len(offers)} offre{'s' if len(offers) > 1 else ''} publiée{'s' if len(offers) > 1 else ''}.")
    else:
        messages.error(request, "Cochez les offres à publier.")
    return redirect("board:moderation")


COMPARED_FIELDS = ["title", "organization", "contract_types", "working_time_kind", "start_date", "deadline", "city",
                   "postal_code", "salary_min", "salary_max", "application_url", "emails", "phones", "reference"]


@staff_member_required
def compare(request, pk: int, other: int):
    """An offer and its possible duplicate side by side, differing fields marked."""
    offer, twin = get_object_or_404(Offer, pk=pk), get_object_or_404(Offer, pk=other)
    rows = [(Offer._meta.get_field(name).verbose_name, getattr(offer, name), getattr(twin, name),
             getattr(offer, name) != getattr(twin, name)) for name in COMPARED_FIELDS]
    return render(request, "board/compare.html", {"offer": offer, "twin": twin, "rows": rows,
                                                  "contract_labels": CONTRACT_LABELS})


@require_POST
@staff_member_required
def expire_now(request):
    count = moderation.expire_due()
    messages.success(request, f"{count} offre(s) expirée(s).")
    return redirect("board:moderation")
