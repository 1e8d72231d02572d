"""Built-in distribution modes, one package each, registered through the `fenxiao.plugins`
entry-point group exactly like third-party plugins (see pyproject.toml and docs/plugins.md)."""
