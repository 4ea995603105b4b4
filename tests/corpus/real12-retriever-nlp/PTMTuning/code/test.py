import hydra


@hydra.main(version_base=None, config_path="../conf/jina_embedding", config_name="conf_qcot")
def show(cfg):
    for key in ("name", "model_name", "backbone_path", "model_type", "trust_remote_code"):
        print(key, getattr(cfg.model, key))
# expected for the bge stage, e.g.:
#   name: bge_embedding
#   model_name: BGE-large-en
#   backbone_path: BAAI/bge-large-en-v1.5
#   model_type: bge_embedding
#   max_length: 512


if __name__ == "__main__":
    show()
