# patched data loader
