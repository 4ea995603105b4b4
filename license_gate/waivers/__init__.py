"""waivers stage."""
