"""The sandbox marketplace: a real seller-API HTTP server used by the demo and the tests.

No real marketplace can be reached from development machines or CI, so SellerDesk ships its own
reference marketplace. It keeps its own SQLite file and knows nothing of the app's store; the app
talks to it over HTTP exactly as it would talk to a real marketplace. See docs/sandbox.md.

Entry points: :func:`sellerdesk.sandbox.embedded.start_sandbox` (in-process, for ``--demo`` and
tests) and :mod:`sellerdesk.sandbox.cli` (``sellerdesk sandbox``).
"""
