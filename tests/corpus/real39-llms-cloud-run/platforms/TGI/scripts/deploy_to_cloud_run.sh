/*

- Weights are pulled from Hugging Face over the internet at start-up
- Gated models need an access token from a HF account

*/

gcloud beta run deploy $SERVICE_NAME \
    --image=$CONTAINER_URI \
    --set-env-vars=HF_HUB_ENABLE_HF_TRANSFER=1 \
    --args="--model-id=$LLM_MODEL, --max-concurrent-requests=64" \
    --port=8080 \
    --cpu=8 \
    --memory=32Gi \
    --no-cpu-throttling \
    --gpu=1 \
    --gpu-type=nvidia-l4 \
    --max-instances=3 \
    --concurrency=64 \
    --region=$LOCATION \
    --network=$VPC \
    --subnet=$SUBNET \
    --vpc-egress=all-traffic \
    --no-allow-unauthenticated
