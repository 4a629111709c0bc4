"""OpenAPI documentation of the figures endpoints: conditional headers, JSON-LD shapes, error answers."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, PolymorphicProxySerializer

from tracker.api.schema import RawSchemaSerializer
from verification.api import serializers

FIGURE_ERRORS = {
    304: OpenApiResponse(
        description="Not modified: the `If-None-Match` / `If-Modified-Since` validators match."
    ),
    400: OpenApiResponse(description="A filter value is malformed or unknown (the body names each one)."),
    401: OpenApiResponse(description="No credentials, and anonymous reads are off (`PUBLIC_FIGURES`)."),
    403: OpenApiResponse(description="Credentials not allowed."),
    404: OpenApiResponse(description="No such figure, page or format."),
    406: OpenApiResponse(description="None of the accepted media types can be served."),
    412: OpenApiResponse(description="An `If-Match` / `If-Unmodified-Since` precondition failed."),
    429: OpenApiResponse(description="Throttled; `Retry-After` says when to come back."),
}
CONDITIONAL_HEADERS = [
    OpenApiParameter(
        "ETag",
        str,
        OpenApiParameter.HEADER,
        response=[200, 304],
        description="Validator for `If-None-Match`.",
    ),
    OpenApiParameter(
        "Last-Modified",
        str,
        OpenApiParameter.HEADER,
        response=[200, 304],
        description="Latest change (HTTP date).",
    ),
    OpenApiParameter(
        "If-None-Match",
        str,
        OpenApiParameter.HEADER,
        description="An ETag from an earlier answer: 304 if unchanged.",
    ),
    OpenApiParameter(
        "If-Modified-Since",
        str,
        OpenApiParameter.HEADER,
        description="An HTTP date: 304 if nothing changed since.",
    ),
]
_CLAIM_REVIEW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "A schema.org ClaimReview (JSON-LD).",
    "required": ["@context", "@type", "claimReviewed", "reviewRating", "itemReviewed"],
    "properties": {
        "@context": {"type": "string", "pattern": "^https://schema\\.org$"},
        "@type": {"type": "string", "pattern": "^ClaimReview$"},
        "@id": {"type": "string"},
        "url": {"type": "string"},
        "claimReviewed": {"type": "string"},
        "reviewRating": {"type": "object"},
        "itemReviewed": {"type": "object"},
        "author": {"type": "object"},
        "datePublished": {"type": "string"},
        "dateModified": {"type": "string"},
    },
}
_CLAIM_REVIEW_GRAPH_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "The page's figures as schema.org ClaimReviews in one JSON-LD graph; pages are linked "
    'with `Link: <...>; rel="next"`.',
    "required": ["@context", "@graph"],
    "properties": {
        "@context": {"type": "string", "pattern": "^https://schema\\.org$"},
        "@graph": {"type": "array", "items": {"type": "object"}},
    },
}
CLAIM_REVIEW = RawSchemaSerializer.of("ClaimReview", _CLAIM_REVIEW_SCHEMA)
CLAIM_REVIEW_GRAPH = RawSchemaSerializer.of("ClaimReviewGraph", _CLAIM_REVIEW_GRAPH_SCHEMA)
FIGURE_OR_TOMBSTONE = PolymorphicProxySerializer(
    component_name="FigureOrTombstone",
    serializers=[serializers.VerifiedFigureSerializer, serializers.FigureTombstoneSerializer],
    resource_type_field_name=None,
)
