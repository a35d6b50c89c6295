"""``sellerdesk sandbox``: run the sandbox marketplace in the foreground until Ctrl-C.

``add_parser`` adds the sub-command to the app's argparse sub-parsers and ``run`` serves. Fault
SPECs are checked before anything starts, so a typo exits with usage status 2.
"""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

from .config import DEFAULT_AUDIT_DELAY, DEFAULT_TOKEN_TTL
from .faults import FaultSpec
from .seed import SEEDS


def _fault_spec(value: str) -> str:
    try:
        FaultSpec.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run the sandbox marketplace (a local seller-API server)",
        description="Serve the sandbox marketplace on HOST:PORT until Ctrl-C. See docs/sandbox.md.",
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="loopback address to listen on (127.0.0.1)")
    parser.add_argument(
        "--allow-remote", action="store_true",
        help="allow a --host other machines can reach: anyone there gets the sandbox's secrets",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (8765; 0 = any free port)")
    parser.add_argument(
        "--data", type=Path, metavar="FILE", help="SQLite file to keep the shop in (default: temp)"
    )
    parser.add_argument("--seed", choices=SEEDS, default="demo", help="first-run contents")
    parser.add_argument(
        "--faults",
        type=_fault_spec,
        metavar="SPEC",
        help='fault switches, e.g. "latency_ms=50,error_rate=0.1,reset_after_commit=0.2,'
        'truncate=0.05,rate=10/s,edits=6/min,orders=6/min"',
    )
    parser.add_argument("--fault-seed", type=int, default=0, metavar="N", help="fault seed (0)")
    parser.add_argument(
        "--audit-delay",
        type=float,
        default=DEFAULT_AUDIT_DELAY,
        metavar="SECONDS",
        help=f"how long new products stay auditing ({DEFAULT_AUDIT_DELAY:g})",
    )
    parser.add_argument(
        "--token-ttl",
        type=float,
        default=DEFAULT_TOKEN_TTL,
        metavar="SECONDS",
        help=f"access token lifetime ({DEFAULT_TOKEN_TTL:g})",
    )
    parser.add_argument(
        "--admin", action="store_true", help="enable the /admin test switches (faults, simulation)"
    )
    parser.set_defaults(func=run)
    actions = parser.add_subparsers(dest="sandbox_action", metavar="ACTION")
    creds = actions.add_parser(
        "credentials", help="print the AliExpress gateway's app key, secret and tokens",
        description="Print the AliExpress gateway credentials of a sandbox: of its data FILE,"
        " or of the sandbox running on 127.0.0.1:PORT.")
    creds.add_argument("--port", type=int, default=None, help="port of a running sandbox")
    creds.add_argument("--data", type=Path, metavar="FILE", help="the sandbox's SQLite file")
    creds.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="print JSON")
    creds.set_defaults(func=credentials)


def credentials(args: argparse.Namespace) -> int:
    import json

    import requests

    from .aliexpress.credentials import read_from_file

    found: dict[str, Any] | None = None
    if args.data is not None:
        creds = read_from_file(str(args.data)) if args.data.exists() else None
        found = None if creds is None else creds.as_dict()
    else:
        url = f"http://127.0.0.1:{args.port or 8765}/aliexpress"
        try:
            answer = requests.get(url + "/sandbox/credentials", timeout=10)
            answer.raise_for_status()
            found = answer.json()
        except (requests.RequestException, ValueError) as exc:
            print(f"sellerdesk sandbox credentials: no sandbox at {url}: {exc}", file=sys.stderr)
            return 1
    if found is None:
        print("sellerdesk sandbox credentials: that file has no AliExpress credentials yet"
              " (start the sandbox on it once)", file=sys.stderr)
        return 1
    if getattr(args, "json", False):
        print(json.dumps(found, indent=2))
    else:
        for name, value in found.items():
            print(f"{name}: {value}")
    return 0


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine alone: `localhost` or a 127.x / ::1 address. Other
    names are not resolved: what a name means can change after the check."""
    if host.strip().lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def _check_host(args: argparse.Namespace) -> int | None:
    """Refuse (status 2) a host other machines can reach, unless --allow-remote; then warn.

    The sandbox is a test double: `/aliexpress/sandbox/credentials` hands out its app secret and
    tokens to anyone who asks, and `/oauth/authorize` approves every login."""
    if is_loopback(args.host):
        return None
    if not getattr(args, "allow_remote", False):
        print(f"sellerdesk sandbox: refusing to listen on {args.host}: other machines could "
              "read the sandbox's secrets and log in. Use 127.0.0.1, or add --allow-remote if "
              "you really mean it.", file=sys.stderr)
        return 2
    print(f"sellerdesk sandbox: WARNING: listening on {args.host} with --allow-remote: anyone "
          "who can reach it gets the sandbox's app secret and tokens and can log in.",
          file=sys.stderr, flush=True)
    return None


def run(args: argparse.Namespace) -> int:
    from .embedded import start_sandbox

    refused = _check_host(args)
    if refused is not None:
        return refused
    try:
        running = start_sandbox(
            data=args.data,
            seed=args.seed,
            host=args.host,
            port=args.port,
            faults=args.faults,
            fault_seed=args.fault_seed,
            audit_delay=args.audit_delay,
            token_ttl=args.token_ttl,
            admin=getattr(args, "admin", False),
        )
    except sqlite3.DatabaseError as exc:
        print(f"sellerdesk sandbox: cannot use {args.data}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"sellerdesk sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 1
    except RuntimeError as exc:
        print(f"sellerdesk sandbox: {exc}", file=sys.stderr)
        return 1
    # Ctrl-C and SIGTERM both only ask the loop below to stop. Left to raise KeyboardInterrupt,
    # Ctrl-C could land anywhere in the main thread (inside a lock's wait, say) and once in a
    # while left the sandbox unable to stop.
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    print(f"Sandbox marketplace serving on {running.url}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        # Stopping takes a fraction of a second; a second Ctrl-C changes nothing.
        try:
            running.stop()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    return 0
