"""filon's extraction library: any French job-offer document to offer records.

It knows nothing of the web app::

    import filon
    offers = filon.extract(open("offre.pdf", "rb").read(), filename="offre.pdf")

``filon.extract`` is this package, made callable: calling it runs
:func:`filon.extract.pipeline.extract`, and its modules stay importable
(``filon.extract.fields.dates``...), which a plain function re-exported
under the package's own name would hide.
"""
import sys
import types

from .errors import ExtractionError
from .pipeline import extract
from .record import Offer

__all__ = ["ExtractionError", "Offer", "extract"]


class _CallableModule(types.ModuleType):
    def __call__(self, document: bytes | str, filename: str | None = None) -> list[Offer]:
        return extract(document, filename)


sys.modules[__name__].__class__ = _CallableModule
