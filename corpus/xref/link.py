"""Placeholder replaced below."""
def link(new_claims, old_claims, new_articles, old_articles):
    return []
