"""The analysis GUI: live recompute off the GUI thread, funnel and heat-map widgets, overlays."""
