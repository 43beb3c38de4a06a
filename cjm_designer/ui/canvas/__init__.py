"""The journey-map canvas: a QGraphicsScene that follows the document, and its view."""
