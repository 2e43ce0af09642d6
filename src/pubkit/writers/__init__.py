"""Writers: pure functions from a Document to text or data; no engines, no I/O."""
