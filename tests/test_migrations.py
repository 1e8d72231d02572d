"""The committed migrations are complete: generating again from the models changes nothing."""

import shutil

from core.migrations import app_locations, makemigrations


async def test_no_model_change_lacks_a_migration(manager, tmp_path):
    for app, location in app_locations(manager).items():
        copy = tmp_path / app
        shutil.copytree(location / app, copy / app)
        assert await makemigrations(manager, app, "check", location=copy) is None, (
            f"the models of {app} changed without a migration: run `fenxiao makemigrations {app}`"
        )
