"""factscope's persistence on TinyDB: the corpus DB and the per-user DB.

Never imports Textual (checked by tests/test_border.py).
"""
