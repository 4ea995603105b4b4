chemprop_train \
    --data_path ./data/acetonitrile.csv  \
    --dataset_type regression \
    --save_dir ./data/train_results/_temp \
    --smiles_columns full_smiles \
    --target_columns dm300 \
    --num_folds 10

    
