python3 -m training.main \
    --imagenet-val /imagenet/val \
    --model ViT-B-32  \
    --pretrained laion400m_e32 \
    --batch-size 256