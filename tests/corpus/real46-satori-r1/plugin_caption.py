# reward plugin
