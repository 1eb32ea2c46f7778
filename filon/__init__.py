"""filon: job board and job-offer engine for France's mission-driven sectors."""
from .extract import ExtractionError, Offer, extract

__all__ = ["ExtractionError", "Offer", "extract"]
__version__ = "0.1.0"
