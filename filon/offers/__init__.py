"""Offers as the board stores them: model, states, import and moderation."""
