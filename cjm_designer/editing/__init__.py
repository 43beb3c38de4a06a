"""Document edits that need no Qt: clipboard fragments and paste planning.

The ``ui`` layer's editing session wraps what these functions return (model
``Edit`` objects) in undo commands; keeping the planning here lets core tests cover
it without a QApplication.
"""
