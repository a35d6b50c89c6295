"""Orders: what buyers bought, what staff pick, pack and ship."""
