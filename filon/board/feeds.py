"""Atom feed of any search: the same query string as the search page."""
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from filon.search.engine import Query, search


class SearchFeed(Feed):
    feed_type = Atom1Feed
    title = "filon : offres"
    link = "/"
    subtitle = "Les dernières offres correspondant à votre recherche"

    def get_object(self, request):
        return Query.from_params(request.GET)

    def items(self, query):
        query.sort = "recent"
        return search(query, per_page=50).offers

    def item_title(self, offer):
        return f"{offer.title} – {offer.organization}" if offer.organization else offer.title

    def item_description(self, offer):
        return offer.text[:600]

    def item_link(self, offer):
        return f"{settings.BASE_URL}/offres/{offer.pk}/"

    def item_pubdate(self, offer):
        return offer.created_at
