CONFIG = {
    "data_path": "./ETTdata/ETTm1.csv",
    "window_sizes": [8, 16, 32, 64, 128],
    "default_window": 32,
    "anomaly_types": ['peak', 'uniform'],
    "run_ablation": False
}