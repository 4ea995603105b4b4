#!/usr/bin/env python3
"""Entry point for training script"""

if __name__ == "__main__":
    from src.cli import main
    main()
