"""Floor 9: amend in the user's tools — git's diff driver (``amend git setup``) and CI files
(``amend ci init``)."""
