"""OpenAPI generation: every operation documents the errors the API can answer with.

Views declare what is particular to them (a 409 on a stale review, a 413 on an oversized article);
this schema class adds the answers every endpoint shares, so no status code the API sends is undocumented:
401/403 (auth), 404 (missing object or page), 400 (bad filters or body), 413/415 (bodies), 406 (format),
429 (throttled, with `Retry-After`).
"""

from __future__ import annotations

import copy
from typing import Any

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter, extend_schema_serializer
from rest_framework import serializers


@extend_schema_serializer(many=False)
class ErrorSerializer(serializers.Serializer):
    """The body of an error that is not about one field."""

    detail = serializers.CharField()


@extend_schema_serializer(many=False)
class ValidationErrorSerializer(serializers.Serializer):
    """A 400: each bad field (or `non_field_errors`) with its messages."""


class ValidationErrorExtension(OpenApiSerializerExtension):
    target_class = ValidationErrorSerializer

    def map_serializer(self, auto_schema: Any, direction: Any) -> dict[str, Any]:
        return {
            "type": "object",
            "description": "Field name to a list of messages (or a nested object for nested fields).",
            "additionalProperties": {},
            "example": {"metric": ['Select a valid choice. "exploded" is not one of the available choices.']},
        }


class RawSchemaSerializer(serializers.Serializer):
    """A response documented by a hand-written JSON schema (`RawSchemaSerializer.of(name, schema)`)."""

    raw_schema: dict[str, Any] = {}

    @classmethod
    def of(cls, name: str, schema: dict[str, Any]) -> type[RawSchemaSerializer]:
        return extend_schema_serializer(many=False, component_name=name)(
            type(name, (cls,), {"raw_schema": schema, "__doc__": schema.get("description", name)})
        )


class RawSchemaExtension(OpenApiSerializerExtension):
    target_class = RawSchemaSerializer
    match_subclasses = True

    def map_serializer(self, auto_schema: Any, direction: Any) -> dict[str, Any]:
        # A deep copy: spectacular's postprocessing rewrites schemas in place, and these are module constants.
        return copy.deepcopy(self.target.raw_schema)


_DESCRIPTIONS = {
    "400": "Bad input: the body names each bad field or filter; nothing was written.",
    "401": "No valid credentials (send `Authorization: Token <key>`).",
    "403": "Authenticated, but this role may not do this (or a session write without a CSRF token).",
    "404": "No such object, page or format.",
    "406": "None of the accepted media types can be served.",
    "413": "Request body over the configured limit.",
    "415": "Unsupported content type: send JSON.",
    "429": "Throttled: wait the number of seconds in `Retry-After`.",
}
_WRITE_METHODS = {"POST", "PUT", "PATCH"}


class TrackerAutoSchema(AutoSchema):
    def get_override_parameters(self) -> list[Any]:
        return [
            *super().get_override_parameters(),
            OpenApiParameter(
                "Retry-After",
                int,
                OpenApiParameter.HEADER,
                response=[429],
                description="Seconds to wait before the next request.",
            ),
        ]

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code in self._shared_error_codes():
            if code in responses:
                if "content" not in responses[code]:
                    responses[code] = self._error_response(code, responses[code].get("description"))
                continue
            responses[code] = self._error_response(code)
        return responses

    def _shared_error_codes(self) -> list[str]:
        codes = ["401", "403", "406", "429"]
        if "{" in self.path or (self.method == "GET" and self._is_list_view()):
            codes.append("404")
        if self.method in _WRITE_METHODS:
            codes += ["400", "413", "415"]
        elif self.method == "GET" and self._is_list_view():
            codes.append("400")
        return codes

    def _error_response(self, code: str, description: str | None = None) -> dict[str, Any]:
        serializer = ValidationErrorSerializer if code == "400" else ErrorSerializer
        response = self._get_response_for_code(serializer, code, direction="response")
        response["description"] = description or _DESCRIPTIONS[code]
        return response
