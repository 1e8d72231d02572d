"""Namespace of the node types the admin generator builds (schema/admin.py).

The types are generated when the schema is composed, from the core's and the
plugins' `AdminModel` declarations, and placed here by name. Hand-written
types refer to them lazily with `node_ref("Order")`, so they resolve to the
types of the schema being built.
"""
