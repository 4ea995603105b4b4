import supervision as sv
import torch
from detectron2 import model_zoo
from detectron2.config import get_cfg
from sam2.sam2_image_predictor import SAM2ImagePredictor
from transformers import (
    AutoModelForZeroShotObjectDetection,
    AutoProcessor,
    DetrForObjectDetection,
    OwlViTForObjectDetection,
    RTDetrForObjectDetection,
    RTDetrImageProcessor,
)
from ultralytics import YOLO


def yolo_local():
    return YOLO("yolov8n.pt")  # weights from the ultralytics GitHub release assets


def yolo_world():
    return YOLO("weights/2024-06/yolov8s-worldv2.pt")


def detr():
    return DetrForObjectDetection.from_pretrained("facebook/detr-resnet-101", revision="no_timm")


def rtdetr():
    return RTDetrForObjectDetection.from_pretrained("PekingU/rtdetr_r50vd"), RTDetrImageProcessor.from_pretrained("PekingU/rtdetr_r50vd")


def owl():
    return OwlViTForObjectDetection.from_pretrained("google/owlvit-base-patch32")


def grounding_dino(model_id: str = "IDEA-Research/grounding-dino-tiny"):
    return AutoProcessor.from_pretrained(model_id), AutoModelForZeroShotObjectDetection.from_pretrained(model_id)


def sam2():
    return SAM2ImagePredictor.from_pretrained("facebook/sam2.1-hiera-large")


def detectron():
    cfg = get_cfg()
    cfg.merge_from_file(model_zoo.get_config_file("COCO-Detection/faster_rcnn_R_50_FPN_3x.yaml"))
    cfg.MODEL.WEIGHTS = model_zoo.get_checkpoint_url("COCO-InstanceSegmentation/mask_rcnn_R_50_FPN_3x.yaml")
    cfg.DATASETS.TRAIN = ("coco_2017_train",)
    return cfg


def roboflow_dataset():
    from roboflow import Roboflow

    rf = Roboflow(api_key="...")
    return rf.workspace("acme-vision").project("hard-hats").version(3).download("coco")


ANNOTATOR = sv.BoxAnnotator(thickness=2)
DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")
