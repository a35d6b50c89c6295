"""Benchmarks for SellerDesk: a synthetic large shop and the figures measured on it.

Run from the repository root as modules (`python -m bench.run_all`), so the scripts can import each
other and the installed `sellerdesk` package alike. Nothing here is part of the test suite: the
benchmarks print figures, they never assert on time.
"""
