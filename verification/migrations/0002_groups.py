"""Editorial roles: `editors` review and publish, `ingest` adds articles and starts runs, `readers` look."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "editors": [
        ("tracker", "view_article"),
        ("tracker", "view_claim"),
        ("tracker", "change_claim"),
        ("tracker", "view_source"),
        ("tracker", "add_source"),
        ("tracker", "change_source"),
        ("tracker", "view_sourcealias"),
        ("tracker", "add_sourcealias"),
        ("tracker", "change_sourcealias"),
        ("tracker", "delete_sourcealias"),
        ("tracker", "view_event"),
        ("tracker", "add_event"),
        ("tracker", "change_event"),
        ("tracker", "view_outlet"),
        ("verification", "view_discrepancy"),
        ("verification", "change_discrepancy"),
        ("verification", "view_verifiedfigure"),
        ("verification", "add_verifiedfigure"),
        ("verification", "change_verifiedfigure"),
        ("verification", "view_comparisonrun"),
    ],
    "ingest": [
        ("tracker", "ingest"),
        ("tracker", "view_article"),
        ("tracker", "add_article"),
        ("verification", "view_comparisonrun"),
        ("verification", "add_comparisonrun"),
    ],
    "readers": [
        ("tracker", "view_article"),
        ("tracker", "view_claim"),
        ("tracker", "view_source"),
        ("tracker", "view_event"),
        ("verification", "view_discrepancy"),
        ("verification", "view_verifiedfigure"),
        ("verification", "view_comparisonrun"),
    ],
}


def create_groups(apps, schema_editor):  # type: ignore[no-untyped-def]
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in perms:
            perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            group.permissions.add(perm)


class Migration(migrations.Migration):
    dependencies = [
        ("verification", "0001_initial"),
        ("tracker", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
