"""Amendments: formulas both ways, target checks, application, discussion order, files."""
