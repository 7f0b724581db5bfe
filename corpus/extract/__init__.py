"""Extractors: each module turns article text into one kind of fact, with body offsets."""
