"""Wrong: the default initialiser keeps chapter 1's N(0, 1) weights."""
CAUGHT_BY = ["test_initialisers", "test_default_initialisation"]

Network.default_weight_initializer = Network.large_weight_initializer
