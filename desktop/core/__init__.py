"""core layer; see ARCHITECTURE.md."""
