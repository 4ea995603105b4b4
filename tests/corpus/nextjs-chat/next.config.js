/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: { serverComponentsExternalPackages: ['@huggingface/transformers', 'sharp', 'onnxruntime-node'] },
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'cdn-avatars.huggingface.co', pathname: '/v1/production/uploads/**' },
      { protocol: 'https', hostname: 'avatars.githubusercontent.com' },
    ],
  },
  async redirects() {
    return [{ source: '/model', destination: 'https://huggingface.co/acme/chat-assistant-v2', permanent: false }];
  },
};

module.exports = nextConfig;
