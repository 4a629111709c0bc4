"""Security headers for API answers (the admin and the docs page set their own needs)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

# JSON, CSV and JSON-LD never load anything: forbid everything, including being framed.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_PATH = "/api/v1/docs/"


class ApiSecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/api/") and not request.path.startswith(DOCS_PATH):
            content_type = response.get("Content-Type", "")
            if not content_type.startswith("text/html"):  # the browsable API is HTML with scripts
                response.setdefault("Content-Security-Policy", API_CSP)
            response.setdefault("Cross-Origin-Resource-Policy", "same-site")
        return response
