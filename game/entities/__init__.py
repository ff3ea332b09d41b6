"""Everything that lives in a level: the T-800, humans, hazards, pick-ups, triggers."""
