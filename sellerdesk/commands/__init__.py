"""Sub-commands of the `sellerdesk` command line, one module per noun."""
