"""Dock widgets around the canvas: properties, outline, history, problems, overview."""
