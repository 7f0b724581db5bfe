"""factscope's Textual app and its command line.

Importing this package imports nothing heavy: the CLI must stay fast.
"""
