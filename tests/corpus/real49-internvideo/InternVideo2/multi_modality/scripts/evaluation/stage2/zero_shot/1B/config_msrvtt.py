from configs.data import *
from configs.model import *

# ========================= data ==========================
# train_file is not used during evaluation
train_file = available_corpus["msrvtt_1k_test"]
test_file = dict(msrvtt_1k_test=available_corpus["msrvtt_1k_test"])
test_types = ["msrvtt_1k_test"]
num_workers = 6
best_key = ["msrvtt_1k_test_match", "t2v_r1"]

# ========================= input ==========================
num_frames = 4
num_frames_test = 4
batch_size = 8
batch_size_test = 4
max_txt_l = 40

inputs = dict(
    image_res=224,
    video_input=dict(num_frames="${num_frames}", sample_type="rand",
                     num_frames_test="${num_frames_test}", sample_type_test="middle", random_aug=False),
    max_txt_l=dict(image="${max_txt_l}", video="${max_txt_l}"),
    batch_size=dict(image="${batch_size}", video="${batch_size}"),
    batch_size_test=dict(image="${batch_size_test}", video="${batch_size_test}"),
)

# ========================= model ==========================
text_enc = "bert_large"
model = dict(
    model_cls="InternVideo2_Stage2",
    vision_encoder=dict(
        name="pretrain_internvideo2_1b_patch14_224",
        img_size=224,
        num_frames="${num_frames}",
        tubelet_size=1,
        patch_size=14,
        d_model=1408,
        clip_embed_dim=768,
        # pretrained='your_model_path/1B_pt.pth',
        pretrained='/mnt/petrelfs/share_data/lixinhao/avp_1b_f4_coco_smit_e4.pt',
        use_checkpoint=True,
        checkpoint_num=40,
        use_flash_attn=True,
        clip_teacher=None,
        video_mask_type="random",
        video_mask_ratio=0.8,
        only_mask=True,
    ),
    text_encoder="${TextEncoders[${text_enc}]}",
    multimodal=dict(enable=True),
    embed_dim=512,
    temp=0.07,
)

criterion = dict(loss_weight=dict(vtc=1.0, mlm=1.0, vtm=1.0, mvm=0.0, uta=0.0), vtm_hard_neg=True)
optimizer = dict(opt="adamW", lr=1e-5, opt_betas=[0.9, 0.98], weight_decay=0.05, max_grad_norm=3.)
scheduler = dict(sched="cosine", epochs=1, min_lr_multi=0.01, warmup_epochs=0.2)

evaluate = True
evaluation = dict(eval_frame_ensemble="concat", eval_x_only=False, k_test=128, eval_offload=True)
use_bf16 = True

# ========================= wandb ==========================
wandb = dict(
    enable=False,
    entity="opengvlab",  # see https://docs.wandb.ai/ref/python/init
    project="InternVideo2-Stage2",
)
dist_url = "env://"
output_dir = None
pretrained_path = ""
deepspeed = dict(enable=True, stage=1)
