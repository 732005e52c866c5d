"""Case manager for Dutch school boards: social-media incidents, sanctions and dossiers."""

__version__ = "0.1.0"
APP_NAME = "Casemanager Sociale Media"
