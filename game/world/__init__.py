"""The simulation: a pymunk space, the entities in it, and one fixed step at a time."""
