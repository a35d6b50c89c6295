"""IOP request signing, exactly as the platform publishes the rule.

1. every parameter except ``sign`` and file parameters; 2. sorted by name (ASCII);
3. concatenated name1value1name2value2… with no separators; 4. for /rest APIs (names with a
``/``) the API path in front; 5. HMAC-SHA256 with the app secret, upper-case hex.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping

FILE_PARAMS = frozenset({"image_bytes", "file_data"})


def sign(params: Mapping[str, object], secret: str, api_path: str | None = None,
         files: Iterable[str] = FILE_PARAMS) -> str:
    skip = {"sign", *files}
    text = "".join(f"{name}{params[name]}" for name in sorted(params) if name not in skip)
    if api_path:
        text = api_path + text
    return hmac.new(secret.encode("utf-8"), text.encode("utf-8"),
                    hashlib.sha256).hexdigest().upper()
