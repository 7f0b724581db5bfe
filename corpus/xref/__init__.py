"""Cross-references between claims: candidate blocking, relations and their reasons."""
