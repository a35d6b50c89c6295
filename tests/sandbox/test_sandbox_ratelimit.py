"""The leaky bucket: 429 with Retry-After and RateLimit-* headers, per token."""

from __future__ import annotations

from sandbox_client import Api, StartSandbox, problem_type

from sellerdesk.sandbox.ratelimit import LeakyBuckets


def test_excess_requests_get_429_with_retry_after(start: StartSandbox):
    sandbox = start(rate_limit=0.1, rate_burst=3)  # one more every 10 s
    api = Api(sandbox.url, sandbox.token())
    answers = [api.get("/v1/shop") for _ in range(5)]
    assert [a.status_code for a in answers[:3]] == [200, 200, 200]
    assert answers[0].headers["ratelimit-limit"] == "3"
    assert answers[0].headers["ratelimit-remaining"] == "2"
    assert "ratelimit-policy" in answers[0].headers
    refused = answers[3]
    assert refused.status_code == 429 and problem_type(refused) == "rate-limited"
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.headers["ratelimit-remaining"] == "0"
    assert refused.json()["retryable"] is True

    other = Api(sandbox.url, sandbox.token("another-client"))
    assert other.get("/v1/shop").status_code == 200  # buckets are per token


def test_bucket_leaks_at_its_rate():
    buckets = LeakyBuckets(rate=2.0, burst=2)
    assert buckets.take("t", now=100.0).allowed
    assert buckets.take("t", now=100.0).allowed
    refused = buckets.take("t", now=100.0)
    assert not refused.allowed and refused.retry_after == 0.5
    assert not buckets.take("t", now=100.4).allowed
    assert buckets.take("t", now=100.5).allowed  # a refused request did not fill the bucket
    assert buckets.take("u", now=100.5).allowed
