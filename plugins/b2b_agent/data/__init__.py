"""Data files of the agents plugin (the administrative divisions of China)."""
