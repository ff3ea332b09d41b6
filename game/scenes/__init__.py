"""Screens of the game, kept on a stack: title, story, play, pause, options, results."""
