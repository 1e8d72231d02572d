"""The tests' GraphQL client: the one plugin authors get from fenxiao.plugins.testing."""

from fenxiao.plugins.testing import ADDRESS, PASSWORD, Api, unique

__all__ = ["ADDRESS", "PASSWORD", "Api", "unique"]
