"""modules layer; see ARCHITECTURE.md."""
