"""The command line over the services (AUTOMATION.md, "Command line over the services").

A thin front end beside the window: it parses, calls a service and prints.  No rule lives
here; a value the rules refuse is refused by the service and only worded here.  It imports
``desktop.services``, ``desktop.core``, ``desktop.paths``, ``desktop.settings`` and
``desktop.options`` (and Qt's translator from QtCore), never the interface or the database
layer.  Only ``desktop.__main__`` imports it.
"""
