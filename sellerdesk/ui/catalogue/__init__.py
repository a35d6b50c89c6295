"""The catalogue page of the main window."""
