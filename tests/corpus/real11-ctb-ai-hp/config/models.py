# Models offered in the UI, with display aliases
models = [
    {"alias": "FLUX.1-dev", "name": "black-forest-labs/FLUX.1-dev"},
]

# debug: show what the dropdown will list
print("Model options:", [m["alias"] for m in models])
