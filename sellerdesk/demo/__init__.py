"""The built-in demo shop: plain data shared by the local demo and the sandbox marketplace."""
