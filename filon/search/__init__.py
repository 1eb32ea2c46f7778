"""Search: French full text, filters, facet counts and radius search.

The web app's side of the project (Django); the extraction library knows
nothing of it. Entry points: :func:`filon.search.engine.search` and
:class:`filon.search.engine.Query`.
"""
