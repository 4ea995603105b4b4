class CFG:
    debug = False
    num_workers = 0
    model_name = "resnext50_32x4d"
    size = 384
    batch_size = 32
    seed = 42
    target_size = 5
    target_col = "label"
    n_fold = 5
    inference = True
    trn_fold = [0]
