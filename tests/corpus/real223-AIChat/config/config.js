
module.exports = {
    //  腾讯云的Deepseek API  如何获取API Key：https://cloud.tencent.com/document/product/1772/115970
    apiKey: "", 
    baseURL: "https://api.lkeap.cloud.tencent.com/v1",
    model: "deepseek-r1", 
    stream: true,   // 流式输出
    temperature: 0.6,
    max_tokens: 1000,
}
