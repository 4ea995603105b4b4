package com.zhouyu;

/**
 * 作者：IT周瑜
 * 公众号：IT周瑜
 * 微信号：it_zhouyu
 */
public class ModelConfig {

    public static final String API_KEY = System.getenv("DASHSCOPE_API_KEY");
    public static final String BASE_URL = "https://dashscope.aliyuncs.com/compatible-mode/v1";
    public static final String LLM_NAME = "qwen3-max";
}
