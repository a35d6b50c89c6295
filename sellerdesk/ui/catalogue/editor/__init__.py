"""The product editor: texts per language, variants and prices, details; saved as one step."""
