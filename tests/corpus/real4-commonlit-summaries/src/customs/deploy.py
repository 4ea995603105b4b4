import hydra
from kaggle import KaggleApi
from omegaconf import DictConfig

from src.utils.kaggle_utils import Deploy


@hydra.main(version_base=None, config_path="/workspace/configs/", config_name="config")
def main(cfg: DictConfig):
    api = KaggleApi()
    api.authenticate()
    d = Deploy(cfg=cfg, client=api)
    d.push_output()
    d.push_huguingface_model()
    d.push_code()


if __name__ == "__main__":
    main()
