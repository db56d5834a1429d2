"""The application shell: start-up, main window, menus, language, modules dialog."""
