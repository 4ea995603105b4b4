interface CloudflareEnv {
  AI: AI;
  BUCKET: R2Bucket;
  CLOUDFLARE_ACCOUNT_ID: string;
  CLOUDFLARE_API_TOKEN: string;
  AI_GATEWAY_ID: string;
  PUBLIC_R2_URL: string;
}
