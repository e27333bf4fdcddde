"""Floor 2: what every command needs first — errors, configuration, the workspace (repository
root, paths confined to it), amend's own resources, and the French language."""
