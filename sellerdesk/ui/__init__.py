"""The Qt window. Widgets call services and show results; they never run SQL or HTTP."""
