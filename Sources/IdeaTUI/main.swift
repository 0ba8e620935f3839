print("idea-tui")
