"""Every API error as JSON: {"error": "...", "detail": ...}."""
from rest_framework.views import exception_handler


def json_errors(exc, context):
    response = exception_handler(exc, context)
    if response is not None:
        detail = response.data
        message = detail.get("detail") if isinstance(detail, dict) and "detail" in detail else "invalid request"
        response.data = {"error": str(message), "detail": detail}
    return response
