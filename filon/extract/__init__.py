"""filon's extraction library: any French job-offer document to offer records.

It knows nothing of the web app::

    from filon.extract import extract
    offers = extract(open("offre.pdf", "rb").read(), filename="offre.pdf")
"""
from .errors import ExtractionError
from .pipeline import extract
from .record import Offer

__all__ = ["ExtractionError", "Offer", "extract"]
