"""Speech output: normalisation, sentence script, engines, cache, audio encoding, captions.

The ``speech`` renderer (:mod:`pubkit.renderers.speech`) puts these together; the pure
spoken form of the model is :mod:`pubkit.writers.speech`.
"""
