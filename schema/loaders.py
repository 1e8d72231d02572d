"""Per-request dataloaders, so that no list field issues one query per row.

`by_id(Model)` batches lookups by primary key; `custom` holds loaders with
their own batch function (stock totals, the rows a link reaches as the caller
may read them …). Every loader of a tenant model filters by the request's
merchant as well.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from fenxiao.core.models.base import is_tenant


class Loaders:
    def __init__(self, merchant_id: int | None) -> None:
        self.merchant_id = merchant_id
        self._loaders: dict[Hashable, DataLoader] = {}

    def _scoped(self, model: type[Model]):
        queryset = model.all()
        if is_tenant(model):
            queryset = queryset.filter(merchant_id=self.merchant_id)
        return queryset

    def by_id(self, model: type[Model]) -> DataLoader[int, Any]:
        key = ("id", model)
        if key not in self._loaders:

            async def load(ids: list[int]) -> list[Any]:
                rows = {row.pk: row for row in await self._scoped(model).filter(pk__in=set(ids))}
                return [rows.get(i) for i in ids]

            self._loaders[key] = DataLoader(load_fn=load)
        return self._loaders[key]

    def custom(self, name: Hashable, load: Callable[[list[Any]], Awaitable[list[Any]]]) -> DataLoader:
        if name not in self._loaders:
            self._loaders[name] = DataLoader(load_fn=load)
        return self._loaders[name]
