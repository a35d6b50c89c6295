"""`python -m sellerdesk`: the same as the `sellerdesk` command."""

import sys

from sellerdesk.cli import main

sys.exit(main())
