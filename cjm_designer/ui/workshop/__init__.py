"""Workshop mode: presentation, fast capture, votes, pictures, comments, personas, find."""

from .workshop import Workshop, attach_workshop

__all__ = ["Workshop", "attach_workshop"]
