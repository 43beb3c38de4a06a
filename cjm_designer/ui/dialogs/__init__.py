"""Dialogs of the main window: new from template, prompts, messages, file choosers."""
