#!/usr/bin/env python3
models = [
    # Add your list of models heres
    {
        'model': 'transformer/classifier',  # noqa: E501
        'model_file': 'zoo:dialogue_safety/single_turn/model',  # noqa: E501
        'save_name': 'model_in_zoo',
    },
]
