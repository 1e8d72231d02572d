"""Fenxiao kernel: tenants, identity, catalog, orders, money and the plugin manager.

Nothing here runs at import time: the app factory (`schema.app.create_app`) and the
command line (`schema.cli`) build the plugin manager, the database configuration
and the GraphQL schema explicitly, so tests can build as many as they need.
"""
