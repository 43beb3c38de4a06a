"""Export, print and import in the editor: dialogs, pictures, decks, progress."""
