# lerobot-edit-dataset  \
#     --repo_id ${HF_USER}/pnp_cup_merged_basic123_random_start \
#     --operation.type merge \
#     --operation.repo_ids "['${HF_USER}/pnp_cup_basic3', '${HF_USER}/pnp_cup_random_start']"

lerobot-edit-dataset  \
    --repo_id ${HF_USER}/pnp_9in_plates_recover_finger_merged \
    --operation.type merge \
    --operation.repo_ids "['${HF_USER}/pnp_9in_plates_corner', '${HF_USER}/pnp_9in_plates_corner_recover']"
