"""Online payment providers, one module each: the adapter between a merchant's account there and the core's payments."""
