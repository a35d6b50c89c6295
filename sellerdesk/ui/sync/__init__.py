"""The sync page of the main window."""
