"""An AliExpress-compatible gateway over the sandbox's own shop (mounted at ``/aliexpress``).

AliExpress has no usable sandbox, so the adapter is tested against this gateway: IOP request
signing, method dispatch on ``POST /sync``, ``/rest/auth/token/*``, ``error_response`` envelopes
(inside HTTP 200), "ban N seconds" throttling, US Pacific times in filters, the audit delay and
the sandbox's fault switches. It serves the same data as the canonical API and knows nothing of
the app: nothing here imports ``sellerdesk.marketplaces``. See docs/aliexpress.md.
"""
