"""Custom lighteval tasks (aime24, math_500, gpqa:diamond)."""
