import torch
from typing import List
import numpy as np
from PIL import Image
import cv2
import time
import einops
import random

from pytorch_lightning import seed_everything
from annotator.util import resize_image, HWC3
from annotator.canny import CannyDetector
from annotator.midas import MidasDetector
from annotator.lineart import LineartDetector
from annotator.normalbae import NormalBaeDetector
from annotator.openpose import OpenposeDetector
from annotator.oneformer import OneformerADE20kDetector
from annotator.hed import HEDdetector

from cog import BasePredictor, Input, Path
from cldm.model import create_model, load_state_dict
from cldm.ddim_hacked import DDIMSampler


class Predictor(BasePredictor):
    def setup(self):
        """Load the model into memory to make running multiple predictions efficient"""
        print("Loading pipeline...")
        st = time.time()
        # Canny
        canny_model_name = 'control_v11p_sd15_canny'
        self.canny_model = load_model(canny_model_name)
        self.canny_dim_sampler = DDIMSampler(self.canny_model)
        # Depth
        depth_model_name = 'control_v11p_sd15_depth'
        self.depth_model = load_model(depth_model_name)
        self.depth_dim_sampler = DDIMSampler(self.depth_model)
        # Normal
        normal_model_name = 'control_v11p_sd15_normalbae'
        self.normal_model = load_model(normal_model_name)
        self.normal_dim_sampler = DDIMSampler(self.normal_model)
        # Lineart
        lineart_model_name = 'control_v11p_sd15_lineart'
        self.lineart_model = load_model(lineart_model_name)
        self.lineart_dim_sampler = DDIMSampler(self.lineart_model)
        # Scribble
        scribble_model_name = 'control_v11p_sd15_scribble'
        self.scribble_model = load_model(scribble_model_name)
        self.scribble_dim_sampler = DDIMSampler(self.scribble_model)
        # Seg
        seg_model_name = 'control_v11p_sd15_seg'
        self.seg_model = load_model(seg_model_name)
        self.seg_dim_sampler = DDIMSampler(self.seg_model)
        # Pose
        pose_model_name = 'control_v11p_sd15_openpose'
        self.pose_model = load_model(pose_model_name)
        self.pose_dim_sampler = DDIMSampler(self.pose_model)
        print("Setup complete in %f" % (time.time() - st))
