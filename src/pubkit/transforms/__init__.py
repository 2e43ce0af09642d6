"""Transforms: pure functions ``Document -> Document``, applied in the order the caller lists."""
