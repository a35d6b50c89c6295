"""OAuth: the auto-approved code flow, expiry of access tokens and the refresh grant."""

from __future__ import annotations

import base64
import hashlib
import time
from urllib.parse import parse_qs, urlparse

import requests
from sandbox_client import Api, StartSandbox, problem_type

from sellerdesk.sandbox.embedded import fetch_token, refresh_token


def test_authorize_returns_a_code_without_a_browser(sandbox):
    answer = requests.get(
        f"{sandbox.url}/oauth/authorize",
        params={"response_type": "code", "client_id": "app", "state": "xyz"},
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json()["state"] == "xyz" and answer.json()["code"]


def test_authorize_redirects_when_given_a_redirect_uri(sandbox):
    answer = requests.get(
        f"{sandbox.url}/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": "app",
            "redirect_uri": "http://127.0.0.1:9/callback",
            "state": "s1",
        },
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 302
    query = parse_qs(urlparse(answer.headers["location"]).query)
    assert query["state"] == ["s1"] and query["code"]


def test_code_is_single_use(sandbox):
    code = requests.get(
        f"{sandbox.url}/oauth/authorize", params={"client_id": "app"}, timeout=10
    ).json()["code"]
    form = {"grant_type": "authorization_code", "code": code, "client_id": "app"}
    first = requests.post(f"{sandbox.url}/oauth/token", data=form, timeout=10)
    assert first.status_code == 200
    assert first.json()["token_type"] == "Bearer"
    again = requests.post(f"{sandbox.url}/oauth/token", data=form, timeout=10)
    assert again.status_code == 400
    assert problem_type(again) == "invalid-grant"
    assert again.json()["error"] == "invalid_grant"


def test_pkce_is_checked_when_a_challenge_was_sent(sandbox):
    verifier = "a-long-enough-verifier-for-the-pkce-check-0123456789"
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )

    def code() -> str:
        return requests.get(
            f"{sandbox.url}/oauth/authorize",
            params={
                "client_id": "app",
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            },
            timeout=10,
        ).json()["code"]

    form = {"grant_type": "authorization_code", "client_id": "app"}
    wrong = requests.post(
        f"{sandbox.url}/oauth/token",
        data={**form, "code": code(), "code_verifier": "nope"},
        timeout=10,
    )
    assert wrong.status_code == 400
    right = requests.post(
        f"{sandbox.url}/oauth/token",
        data={**form, "code": code(), "code_verifier": verifier},
        timeout=10,
    )
    assert right.status_code == 200


def test_unknown_grant_type_and_missing_parameters(sandbox):
    answer = requests.post(
        f"{sandbox.url}/oauth/token", data={"grant_type": "password"}, timeout=10
    )
    assert answer.status_code == 400 and problem_type(answer) == "unsupported-grant-type"
    answer = requests.post(f"{sandbox.url}/oauth/token", data={}, timeout=10)
    assert answer.status_code == 400 and problem_type(answer) == "invalid-request"


def test_api_needs_a_token(sandbox):
    answer = requests.get(f"{sandbox.url}/v1/products", timeout=10)
    assert answer.status_code == 401 and problem_type(answer) == "unauthorized"
    assert answer.headers["www-authenticate"].startswith("Bearer")
    bogus = Api(sandbox.url, None).get("/v1/products", headers={"Authorization": "Bearer nope"})
    assert bogus.status_code == 401
    unauthenticated_post = Api(sandbox.url, None).post("/v1/products", json={})
    assert unauthenticated_post.status_code == 401


def test_expired_token_gets_401_and_refresh_brings_a_new_one(start: StartSandbox):
    sandbox = start(token_ttl=1.0)
    tokens = fetch_token(sandbox.url, "app")
    assert tokens.expires_in == 1
    api = Api(sandbox.url, tokens)
    assert api.get("/v1/shop").status_code == 200
    deadline = time.monotonic() + 10
    while (answer := api.get("/v1/shop")).status_code == 200:
        assert time.monotonic() < deadline, "the token never expired"
        time.sleep(0.05)
    assert answer.status_code == 401 and problem_type(answer) == "token-expired"
    assert 'error="invalid_token"' in answer.headers["www-authenticate"]

    renewed = refresh_token(sandbox.url, tokens.refresh_token, "app")
    assert renewed.access_token != tokens.access_token
    assert renewed.refresh_token == tokens.refresh_token  # not rotated: a lost reply costs nothing
    assert Api(sandbox.url, renewed).get("/v1/shop").status_code == 200


def test_refresh_with_an_unknown_token_is_refused(sandbox):
    answer = requests.post(
        f"{sandbox.url}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": "made-up"},
        timeout=10,
    )
    assert answer.status_code == 400 and problem_type(answer) == "invalid-grant"
