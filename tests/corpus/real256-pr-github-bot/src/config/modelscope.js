module.exports = {
  apiKey: process.env.MODELSCOPE_API_KEY,
  model: 'Qwen/Qwen2.5-Coder-32B-Instruct', // 或其他 ModelScope 支持的模型
  apiUrl: 'https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation',  //https://api-inference.modelscope.cn/v1/
};



