# models offered in the UI, with a short alias
models = [
    {"alias": "FLUX.1-dev", "name": "black-forest-labs/FLUX.1-dev"},
]

print("Model options:", [m["alias"] for m in models])
