"""The workshop room in the editor: open it, moderate its notes, show its QR code."""
