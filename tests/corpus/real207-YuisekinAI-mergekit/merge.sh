mergekit-yaml evol_merge_storage/best_config.yaml \
    --cuda \
    --trust-remote-code \
    ./output/tmp