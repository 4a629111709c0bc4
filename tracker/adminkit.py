"""Small helpers shared by the tracker and verification admin classes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from tracker.roles import EDITORS_GROUP, is_editor

__all__ = ["EDITORS_GROUP", "is_editor"]


def intermediate_action(
    modeladmin: admin.ModelAdmin,
    request: HttpRequest,
    queryset: QuerySet[Any],
    *,
    form_class: type[forms.Form],
    title: str,
    intro: str,
    apply: Callable[[dict[str, Any]], str | None],
    form_kwargs: dict[str, Any] | None = None,
    submit: str = "Apply",
) -> HttpResponse | None:
    """An action that asks for input first (a reason, a target) and then calls `apply` with it.

    `apply` returns a message for the editor; returning None from the action sends Django back to the
    changelist.
    """
    form_kwargs = form_kwargs or {}
    if request.POST.get("_confirm"):
        form = form_class(request.POST, **form_kwargs)
        if form.is_valid():
            try:
                message = apply(form.cleaned_data)
            except ValueError as exc:
                form.add_error(None, getattr(exc, "message", str(exc)))
            else:
                if message:
                    modeladmin.message_user(request, message, messages.SUCCESS)
                return None
    else:
        form = form_class(**form_kwargs)
    opts = modeladmin.model._meta
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "intro": intro,
        "form": form,
        "queryset": queryset[:50],
        "selected": [str(pk) for pk in queryset.values_list("pk", flat=True)],
        "action": request.POST.get("action", ""),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "opts": opts,
        "app_label": opts.app_label,
        "submit": submit,
        "media": modeladmin.media + form.media,
    }
    return TemplateResponse(request, "admin/intermediate_action.html", context)


def badge(text: str, colour: str) -> str:
    return format_html(
        '<span class="badge" style="background:{};color:#fff;padding:1px 6px;'
        'border-radius:8px;font-size:11px;white-space:nowrap">{}</span>',
        colour,
        text,
    )


def highlight_spans(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """`text` with each (start, end, title, href) span marked; overlapping spans after the first are left
    plain. Everything is escaped; the result keeps the text's line breaks."""
    parts: list[str] = []
    cursor = 0
    for start, end, title, href in sorted(spans, key=lambda s: (s[0], s[1])):
        if start < cursor or end > len(text) or end <= start:
            continue
        parts.append(format_html("{}", text[cursor:start]))
        mark = format_html('<mark title="{}">{}</mark>', title, text[start:end])
        parts.append(format_html('<a href="{}" class="claim-mark">{}</a>', href, mark) if href else mark)
        cursor = end
    parts.append(format_html("{}", text[cursor:]))
    return format_html(
        '<div class="highlighted-text" style="white-space:pre-wrap;max-width:60em">{}</div>',
        mark_safe("".join(parts)),
    )


def sentence_with_figure(sentence: str, quote: str, *, text: str = "", start: int = 0, end: int = 0) -> str:
    """The sentence around a claim with its figure marked: placed by the claim's offsets in the article
    text when the sentence can be found there, else at the quote's first occurrence."""
    if text and sentence:
        at = text.rfind(sentence, 0, start + 1)
        if at != -1 and at <= start and end <= at + len(sentence):
            s, e = start - at, end - at
            return format_html("{}<mark>{}</mark>{}", sentence[:s], sentence[s:e], sentence[e:])
    if not sentence and text and end > start:
        lo, hi = max(0, start - 160), min(len(text), end + 160)
        return format_html("…{}<mark>{}</mark>{}…", text[lo:start], text[start:end], text[end:hi])
    at = sentence.find(quote) if quote else -1
    if at == -1:
        return format_html("{}", sentence or quote)
    return format_html(
        "{}<mark>{}</mark>{}", sentence[:at], sentence[at : at + len(quote)], sentence[at + len(quote) :]
    )


class QuickCheckboxMixin:
    """The changelist's row checkbox as plain markup: Django renders a form widget template per row,
    which is a third of the server time of a 50-row page."""

    def action_checkbox(self, obj: Any) -> str:
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" '
            'aria-label="Select this object for an action - {}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            str(obj),
        )
