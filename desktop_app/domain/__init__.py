"""Domain rules of the social-media protocol and Dutch school law: plain Python, no Qt, no SQL."""
