"""The board's server-error page: it gives the request id to quote."""
from __future__ import annotations

from django.http import HttpResponseServerError
from django.template import loader


def server_error(request):
    """500: a plain page with the request id (its traceback is in the log under that id)."""
    html = loader.get_template("board/500.html").render({"request_id": getattr(request, "request_id", "")})
    return HttpResponseServerError(html)
