"""mail layer; see ARCHITECTURE.md."""
