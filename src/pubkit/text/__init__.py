"""Language helpers shared by renderers and transforms: sentences and words."""
