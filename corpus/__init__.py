"""factscope's headless core: bundled articles and the extraction pipeline.

Never imports Textual (checked by tests/test_border.py).
"""
