from modelscope.hub.snapshot_download import snapshot_download

snapshot_download("damo/cv_yolox-pai_hand-detection")
