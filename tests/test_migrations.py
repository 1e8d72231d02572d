"""The committed migrations are complete: generating again from the models changes nothing, in either
dialect's tree — and the migrations, applied, give the tables the models describe."""

import shutil

from fenxiao.core.migrator import DIALECTS, app_locations, makemigrations


def test_no_model_change_lacks_a_migration(manager, tmp_path):
    for app, location in app_locations(manager).items():
        copy = tmp_path / app
        for dialect in DIALECTS:
            shutil.copytree(location / dialect / app, copy / dialect / app)
        assert makemigrations(manager, app, "check", location=copy) == [], (
            f"the models of {app} changed without a migration: run `fenxiao makemigrations {app}`"
        )
