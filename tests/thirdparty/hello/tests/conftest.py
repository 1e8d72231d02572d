pytest_plugins = ["fenxiao.plugins.testing"]  # a migrated database, the app with this plugin installed, a client
