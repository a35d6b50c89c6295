"""What logging in and keeping logins tell the owner: codes with English templates.

Raised by `sync.accounts`, `sync.login` and `secrets` (no Qt there); the command line prints the
English, the window can show `text(translate)`. Templates live under the `AccountMessages`
translation context.
"""

from __future__ import annotations

from sellerdesk.owner_errors import QT_TRANSLATE_NOOP, OwnerError

CONNECT_HINT = "Sync ▸ Connect account…"


class AccountError(OwnerError):
    """A login that cannot be made, kept or used as it is; the owner can act on the text."""

    context = "AccountMessages"
    templates = {
        "insecure_address": QT_TRANSLATE_NOOP(
            "AccountMessages",
            "%1 is not a secure address: a marketplace must be reached over https:// (plain "
            "http:// is accepted only for a marketplace on this computer)."),
        "address_changed": QT_TRANSLATE_NOOP(
            "AccountMessages",
            "The marketplace login of this account was made at %1, but the account now points "
            "at %2 (was a backup restored?): SellerDesk sends nothing there. Log in again "
            "(%3) if %2 is really your marketplace."),
        "account_gone": QT_TRANSLATE_NOOP(
            "AccountMessages",
            "The marketplace account this sync was started for is no longer in the shop "
            "(was a backup restored?): nothing is sent. Connect the account again (%1)."),
        "unbound_login": QT_TRANSLATE_NOOP(
            "AccountMessages",
            "The saved login does not record which marketplace issued it (it was saved by an "
            "older SellerDesk), so it is not sent to %1. Log in again (%2)."),
        "no_keyring": QT_TRANSLATE_NOOP(
            "AccountMessages",
            "No keyring is available on this system (%1), so the login could not be kept for "
            "the next command; nothing was saved. Install and unlock a keyring - GNOME "
            "Keyring, KWallet, or KeePassXC with its Secret Service integration turned on - "
            "or choose one with the PYTHON_KEYRING_BACKEND environment variable (see the "
            "README), then connect again."),
        "plaintext_keyring": QT_TRANSLATE_NOOP(
            "AccountMessages",
            "The keyring %1 keeps secrets in a plain file on disk, where SellerDesk does not "
            "store logins; nothing was saved. Choose another keyring (see the README), then "
            "connect again."),
        "keyring_lost": QT_TRANSLATE_NOOP(
            "AccountMessages",
            "Log in to the marketplace again: no keyring is available on this system (%1), "
            "so logins do not last beyond the program that made them."),
    }
