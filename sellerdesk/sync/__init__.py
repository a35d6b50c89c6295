"""Synchronisation with the marketplace: the outbox today; the engine builds on it."""
