"""API views: thin, they parse, call filon.offers, render JSON."""
from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.authentication import TokenAuthentication
from rest_framework.decorators import api_view, authentication_classes, parser_classes, permission_classes
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from filon.extract import ExtractionError
from filon.extract.loaders import sniff
from filon.offers import moderation
from filon.offers.importing import extract_untrusted, store_records
from filon.offers.models import Offer, Status
from filon.search.engine import Query, search

from . import schema
from .serializers import OfferSerializer, SubmissionSerializer

ACCEPTED_TYPES = {"text", "markdown", "html", "pdf", "docx"}
FILTERS = [OpenApiParameter(name, OpenApiTypes.STR, many=many, description=desc) for name, many, desc in (
    ("q", False, 'keywords, French words stemmed and accents folded; "a phrase", prefix*, -excluded'), ("contract", True, "contract type, e.g. cdi, stage"),
    ("region", True, "région name"), ("department", True, "département code"), ("remote", False, "1: telework possible"),
    ("start", False, "start month, YYYY-MM"), ("education", True, "bac, bac+2 ... bac+8"),
    ("open", False, "1: deadline not passed"), ("near", False, "a commune, postal code or département: offers around it"),
    ("radius_km", False, "radius around near, in km (default 30)"), ("published_days", False, "published in the last N days"),
    ("start_before", False, "start before this date (YYYY-MM-DD)"), ("deadline_after", False, "deadline after this date (YYYY-MM-DD)"),
    ("sort", False, "relevance, recent, deadline or distance"), ("page", False, "page number"),
    ("per_page", False, "offers per page, 1 to 100 (default 20)"))]


PER_PAGE, MAX_PER_PAGE = 20, 100


def page_size(value) -> int:
    """The ``per_page`` asked, within 1..MAX_PER_PAGE (default PER_PAGE)."""
    try:
        return min(MAX_PER_PAGE, max(1, int(value)))
    except (TypeError, ValueError):
        return PER_PAGE


def page_url(request, page: int) -> str:
    """The same search at another page, as an absolute URL without empty parameters."""
    from filon.board.views import short_querystring

    rest = short_querystring(request.query_params)
    return f"{settings.BASE_URL}{request.path}?{rest + '&' if rest else ''}page={page}"


@extend_schema(operation_id="search_offers", parameters=FILTERS, responses={200: schema.SearchPage, 400: schema.Error},
               description="Search the published offers; same filters as the search page, facet counts included.")
@api_view(["GET"])
@permission_classes([AllowAny])
def offer_list(request):
    query = Query.from_params(request.query_params)
    per_page = page_size(request.query_params.get("per_page"))
    results = search(query, per_page=per_page)
    if results.unknown_place:
        return Response({"error": f"near: unknown place {query.near!r}"}, status=status.HTTP_400_BAD_REQUEST)
    pages = results.pages(per_page)
    return Response({"count": results.total, "page": query.page, "per_page": per_page,
                     "pages": pages,
                     "next": page_url(request, query.page + 1) if query.page < pages else None,
                     "previous": page_url(request, min(query.page - 1, pages)) if query.page > 1 else None,
                     "results": [OfferSerializer(o).data for o in results.offers],
                     "facets": {name: [{"value": v, "label": label, "count": n} for v, label, n in values]
                                for name, values in results.facets.items()}})


@extend_schema(operation_id="get_offer", responses={200: schema.Offer, 404: schema.Error},
               description="One offer: the record contract plus id, status, URLs. Published, filled and expired "
                           "offers are public; a pending or rejected one is readable by the token that submitted it.")
@api_view(["GET"])
@authentication_classes([TokenAuthentication])
@permission_classes([AllowAny])
def offer_detail(request, pk: int):
    offer = get_object_or_404(Offer, pk=pk)
    private = offer.status in (Status.PENDING, Status.REJECTED, Status.DRAFT, Status.ARCHIVED)
    if private and not (request.user and request.user.is_authenticated and offer.history.filter(by=request.user).exists()):
        raise Http404("no such offer")
    return Response(OfferSerializer(offer).data)


@extend_schema(operation_id="submit_offers", request=SubmissionSerializer, responses={201: schema.Submitted, 200: schema.Submitted, 400: schema.Error,
                                                       413: schema.Error, 415: schema.Error, 422: schema.Error},
               description="Submit a document (token auth): its offers are stored pending moderation.")
@api_view(["POST"])
@authentication_classes([TokenAuthentication])
@permission_classes([IsAuthenticated])
@parser_classes([MultiPartParser, FormParser, JSONParser])
def offer_submit(request):
    serializer = SubmissionSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    upload = serializer.validated_data.get("document")
    if upload:
        if upload.size > settings.MAX_UPLOAD_BYTES:
            return Response({"error": f"{upload.name}: larger than 5 MB"}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
        data, name = upload.read(), upload.name
        kind = sniff(data, name)
        if kind not in ACCEPTED_TYPES:
            return Response({"error": f"{name}: unsupported file type ({kind})"}, status=status.HTTP_415_UNSUPPORTED_MEDIA_TYPE)
    else:
        data, name = serializer.validated_data["text"], "offre.txt"
    try:
        records = extract_untrusted(data, name)
    except ExtractionError as error:
        return Response({"error": f"{name}: {error.reason}"}, status=status.HTTP_422_UNPROCESSABLE_ENTITY)
    created, unchanged = store_records(records, Status.PENDING, source_name=name, by=request.user,
                                       submitter_email=serializer.validated_data.get("submitter_email", ""),
                                       reason="déposée par l'API")
    for offer in created:                   # the recruiter's receipt, with the private management link
        moderation.confirm_submission(offer)
    return Response({"created": [OfferSerializer(o).data for o in created], "unchanged": unchanged},
                    status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)
