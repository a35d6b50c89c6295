"""The settings page of the main window."""
