"""Marketplace adapters: HTTP in, plain data classes out. No Qt, no database."""
