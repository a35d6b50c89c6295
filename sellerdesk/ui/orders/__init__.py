"""The orders page of the main window."""
