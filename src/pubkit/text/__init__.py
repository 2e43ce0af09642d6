"""Language helpers shared by renderers and transforms: sentence splitting."""
