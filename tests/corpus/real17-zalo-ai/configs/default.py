import os

from yacs.config import CfgNode as CN

HERE = os.path.dirname(os.path.abspath(__file__))

_C = CN()

# data
_C.DATA = CN()
_C.DATA.DATA_DIR = os.path.join(HERE, "../data")
_C.DATA.TRAIN_CSV_PATH_VN = 'train/info.csv'
_C.DATA.TRAIN_CSV_PATH = 'train/info_trans.csv'
_C.DATA.TEST_CSV_PATH = 'test/info_trans.csv'
_C.DATA.RESOLUTION = 512
_C.DATA.CENTER_CROP = False
_C.DATA.RANDOM_FLIP = False
_C.DATA.RANDOM_AUG = False
_C.DATA.COND_IMAGES = False
_C.DATA.FONT = 'fonts/BeVietnam-Bold.ttf'
_C.DATA.FONT_SIZE = 36

# model
_C.MODEL = CN()
_C.MODEL.NAME = 'stabilityai/stable-diffusion-2-1'
_C.MODEL.XFORMERS = False
_C.MODEL.NOISE_OFFSET = 0  # see https://www.crosslabs.org//blog/diffusion-with-offset-noise
_C.MODEL.RANK = 4  # LoRA rank
_C.MODEL.CONTROL_NET = None

# training
_C.TRAIN = CN()
_C.TRAIN.SEED = 1337
_C.TRAIN.EPOCH = 100
_C.TRAIN.BATCH_SIZE = 1
_C.TRAIN.NUM_WORKERS = 6
_C.TRAIN.GRADIENT_ACCUMULATION_STEP = 4

_C.TRAIN.LR = CN()
_C.TRAIN.LR.MODE = "cosine"
_C.TRAIN.LR.BASE_LR = 1e-4
_C.TRAIN.LR.WARMUP_EPOCH = 0

_C.TRAIN.OPTIMIZER = CN()
_C.TRAIN.OPTIMIZER.BETAS = (0.9, 0.999)
_C.TRAIN.OPTIMIZER.WEIGHT_DECAY = 1e-2

_C.EVAL = CN()
_C.EVAL.EPOCH = 1

_C.TEST = CN()
_C.TEST.RESTORE_FROM = ""


def get_default_config():
    return _C.clone()
