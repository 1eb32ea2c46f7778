"""The console mail backend of the board (FILON_EMAIL_BACKEND=console, the default).

Django's prints e-mails on stdout, where ``filon import --json`` and
``filon expire --json`` write their summary: this one prints them on
stderr, so that a command's output stays what it says it is.
"""
from __future__ import annotations

import sys

from django.core.mail.backends.console import EmailBackend as DjangoConsoleBackend


class ConsoleBackend(DjangoConsoleBackend):
    """Django's console backend, on stderr unless another stream is given."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("stream", sys.stderr)
        super().__init__(*args, **kwargs)
