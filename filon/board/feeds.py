"""Atom feed (RFC 4287) of any search: the same query string as the search page.

Each search is its own feed: its id and self link carry the search's short
query string, its title names the search; each entry has the employer as
author, the offer's publication date and its text as HTML paragraphs."""
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from filon.search.engine import Query, search

from . import display
from .identity import identity


class OfferAtomFeed(Atom1Feed):
    """Atom with each entry's text as ``<content type="html">`` (Django writes a summary only)."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


class SearchFeed(Feed):
    feed_type = OfferAtomFeed

    def get_object(self, request):
        from .views import short_querystring

        query = Query.from_params(request.GET)
        query.querystring = short_querystring(request.GET)
        return query

    def title(self, query):
        named = [f"« {query.q} »" if query.q else "", f"près de {query.near}" if query.near else "",
                 ", ".join(query.contract)]
        what = " ".join(n for n in named if n)
        name = identity()["name"]
        return f"Offres {what} – {name}" if what else f"Offres – {name}"

    def subtitle(self, query):
        return "Les dernières offres correspondant à cette recherche"

    def link(self, query):
        return f"{settings.BASE_URL}/" + (f"?{query.querystring}" if query.querystring else "")

    def feed_url(self, query):
        return f"{settings.BASE_URL}/flux.atom" + (f"?{query.querystring}" if query.querystring else "")

    def feed_guid(self, query):
        return self.feed_url(query)

    def author_name(self, query):
        return identity()["name"]

    def items(self, query):
        query.sort = "recent"
        return search(query, per_page=50).offers

    def item_title(self, offer):
        return f"{offer.title} – {offer.organization}" if offer.organization else offer.title

    def item_description(self, offer):
        return escape(display.offer_line(offer))

    def item_extra_kwargs(self, offer):
        paragraphs = [" ".join(p.split()) for p in offer.text.split("\n\n") if p.strip()]
        return {"content": "".join(f"<p>{escape(p)}</p>" for p in paragraphs) or f"<p>{escape(offer.title)}</p>"}

    def item_link(self, offer):
        return f"{settings.BASE_URL}/offres/{offer.pk}/"

    def item_guid(self, offer):
        return self.item_link(offer)

    def item_author_name(self, offer):
        return offer.organization or identity()["name"]

    def item_pubdate(self, offer):
        return display.published_at(offer)

    def item_updateddate(self, offer):
        return offer.updated_at
