"""The command line: the same core as the window, printing text or JSON."""
