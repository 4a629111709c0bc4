"""Factories for every model, in one module."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tracker.models import Article, Claim, Event, Outlet, Source
from tracker.services.articles import content_hash


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests-only")

    @factory.post_generation
    def groups(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        for name in extracted or []:
            self.groups.add(Group.objects.get(name=name))


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Outlet {n}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Source {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    kind = "ministry"
    confirmed = True


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    day = datetime(2024, 8, 10, tzinfo=UTC).date()


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    url = factory.Sequence(lambda n: f"https://news.invalid/article-{n}")
    published_at = datetime(2024, 8, 10, 12, 0, tzinfo=UTC)
    text = factory.Sequence(lambda n: f"Article text number {n}.")
    content_hash = factory.LazyAttribute(lambda o: content_hash(o.text))
    status = "extracted"


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    event = factory.SubFactory(EventFactory)
    char_start = factory.Sequence(lambda n: n * 10)
    char_end = factory.LazyAttribute(lambda o: o.char_start + 2)
    quote = "93"
    sentence = "At least 93 people were killed."
    value = 93.0
    qualifier = "exact"
    low = 93.0
    high = 93.0
    metric = "killed"
    subject = "people"
    subject_class = "people"
    scope = "incident"


# --- verified figures and webhooks (API consumers) ----------------------------------------------


class VerifiedFigureFactory(factory.django.DjangoModelFactory):
    """A published figure; pass `evidence=[claim, ...]` to attach its evidence claims."""

    class Meta:
        model = "verification.VerifiedFigure"
        skip_postgeneration_save = True

    event = factory.SubFactory(EventFactory)
    metric = "killed"
    subject = "people"
    subject_class = "people"
    value = 93.0
    qualifier = "exact"
    low = 93.0
    high = 93.0
    as_of = datetime(2024, 8, 10, tzinfo=UTC).date()
    source = factory.SubFactory(SourceFactory)
    verified_by = factory.SubFactory(UserFactory)
    verified_at = factory.Sequence(lambda n: datetime(2024, 8, 11, tzinfo=UTC) + timedelta(minutes=n))
    status = "published"

    @factory.post_generation
    def evidence(self, create: bool, extracted: list[Claim] | None, **kwargs: object) -> None:
        if create and extracted:
            self.evidence.set(extracted)


class WebhookSubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "verification.WebhookSubscription"

    owner = factory.SubFactory(UserFactory)
    url = "http://127.0.0.1:9/hook"
    secret = factory.Sequence(lambda n: f"test-secret-{n}")


class DiscrepancyFactory(factory.django.DjangoModelFactory):
    """An open value conflict; pass `claims=[...]` to link the disagreeing claims."""

    class Meta:
        model = "verification.Discrepancy"
        skip_postgeneration_save = True

    fingerprint = factory.Sequence(lambda n: f"fp-{n:060d}")
    kind = "value_conflict"
    severity = "medium"
    explanation = "Two outlets report different totals for the same event."
    event = factory.SubFactory(EventFactory)
    metric = "killed"
    subject_class = "people"
    series_key = factory.LazyAttribute(lambda o: f"{o.event.pk}|killed|people")
    first_detected_at = datetime(2024, 8, 12, tzinfo=UTC)
    last_detected_at = datetime(2024, 8, 12, tzinfo=UTC)

    @factory.post_generation
    def claims(self, create: bool, extracted: list[Claim] | None, **kwargs: object) -> None:
        if create and extracted:
            self.claims.add(*extracted)
