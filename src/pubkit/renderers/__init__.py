"""Renderers: thin shells around output engines, found by name (see :mod:`.registry`)."""
