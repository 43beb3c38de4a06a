"""The Compare view: two maps or snapshots side by side with their changes highlighted."""
