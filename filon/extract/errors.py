"""The one exception the extraction library raises for bad input."""


class ExtractionError(Exception):
    """A document could not be read: unknown format, corrupt file, no text layer.

    ``filename`` names the document (when known) and ``reason`` says why, in
    words a coordinator can act on.
    """

    def __init__(self, reason: str, filename: str | None = None):
        self.reason = reason
        self.filename = filename
        super().__init__(f"{filename}: {reason}" if filename else reason)
