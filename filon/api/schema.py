"""The API's responses as typed serializers, for its OpenAPI schema (and
so ReDoc at /api/docs/). The views build their JSON themselves
(:mod:`filon.api.serializers`); a test validates real responses against
these schemas, so the two cannot drift apart."""
from rest_framework import serializers as s

from filon.offers.vocabulary import CONTRACT_LABELS, EDUCATION_LABELS

STATUSES = ["draft", "pending", "published", "filled", "rejected", "expired", "archived"]


def _number(**kw):
    return s.FloatField(allow_null=True, **kw)


class WorkingTime(s.Serializer):
    kind = s.ChoiceField(["full_time", "part_time"], allow_null=True)
    fte = _number(help_text="full-time equivalent, e.g. 0.8")
    hours_per_week = _number()


class Range(s.Serializer):
    min = _number()
    max = _number()


class Start(s.Serializer):
    date = s.DateField(allow_null=True)
    precision = s.ChoiceField(["day", "month"], allow_null=True)
    asap = s.BooleanField()


class Location(s.Serializer):
    city = s.CharField(allow_null=True)
    postal_code = s.CharField(allow_null=True)
    department = s.CharField(allow_null=True, help_text="département code, e.g. 35, 2A, 974")
    region = s.CharField(allow_null=True)
    country = s.CharField(help_text="ISO 3166 code")


class Remote(s.Serializer):
    allowed = s.BooleanField(allow_null=True)
    days_per_week_max = _number()


class Salary(s.Serializer):
    min = _number()
    max = _number()
    unit = s.ChoiceField(["hour", "month", "year"], allow_null=True)
    basis = s.ChoiceField(["gross", "net"], allow_null=True)
    legal_minimum = s.BooleanField()


class Offer(s.Serializer):
    """An offer: the record contract plus its id, status and URLs."""
    id = s.IntegerField()
    status = s.ChoiceField(STATUSES)
    expires_on = s.DateField(allow_null=True)
    url = s.URLField(help_text="the offer's page")
    api_url = s.URLField()
    title = s.CharField()
    organization = s.CharField(allow_null=True)
    contract_types = s.ListField(child=s.ChoiceField(list(CONTRACT_LABELS)))
    working_time = WorkingTime()
    duration_months = Range()
    start = Start()
    deadline = s.DateField(allow_null=True)
    published = s.DateField(allow_null=True)
    location = Location()
    remote = Remote()
    salary = Salary()
    education_min = s.ChoiceField(list(EDUCATION_LABELS), allow_null=True)
    driving_licence = s.ChoiceField(["required", "preferred"], allow_null=True)
    emails = s.ListField(child=s.EmailField())
    phones = s.ListField(child=s.CharField(), help_text="E.164")
    application_url = s.URLField(allow_null=True)
    reference = s.CharField(allow_null=True)
    distance_km = s.FloatField(required=False, help_text="in a search near a place")


class FacetValue(s.Serializer):
    value = s.CharField()
    label = s.CharField()
    count = s.IntegerField()


class Facets(s.Serializer):
    contract = FacetValue(many=True)
    region = FacetValue(many=True)
    department = FacetValue(many=True)
    remote = FacetValue(many=True)
    start = FacetValue(many=True)
    education = FacetValue(many=True)
    open = FacetValue(many=True)


class SearchPage(s.Serializer):
    """One page of a search, with the facet counts."""
    count = s.IntegerField(help_text="exact number of matching offers")
    page = s.IntegerField()
    per_page = s.IntegerField()
    pages = s.IntegerField(help_text="pages one can walk through")
    next = s.URLField(allow_null=True)
    previous = s.URLField(allow_null=True)
    results = Offer(many=True)
    facets = Facets()


class Submitted(s.Serializer):
    created = Offer(many=True)
    unchanged = s.IntegerField(help_text="offers of the document already stored")


class Error(s.Serializer):
    error = s.CharField()
    detail = s.JSONField(required=False)
