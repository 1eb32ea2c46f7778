"""filon: job board and job-offer engine for France's mission-driven sectors.

``filon.extract(document, filename=None)`` returns the offers of a document.
"""
from . import extract
from .extract import ExtractionError, Offer

__all__ = ["ExtractionError", "Offer", "extract"]
__version__ = "0.1.0"
