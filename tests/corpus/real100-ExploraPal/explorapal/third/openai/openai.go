package openai

import (
	"context"
	"fmt"

	"github.com/sashabaranov/go-openai"
)

// Client 内部AI服务客户端 (兼容OpenAI接口)
type Client struct {
	client *openai.Client
	config *Config
}

// Config 内部AI服务配置
type Config struct {
	TAL_MLOPS_APP_ID  string  `json:"talMLOpsAppId"`  // TAL MLOps应用ID
	TAL_MLOPS_APP_KEY string  `json:"talMLOpsAppKey"` // TAL MLOps应用密钥
	BaseURL           string  `json:"baseURL,omitempty"` // 内部AI服务端点，默认: http://ai-service.tal.com/openai-compatible/v1
	Timeout           int     `json:"timeout,omitempty"`   // 超时时间(秒)
	MaxTokens         int     `json:"maxTokens,omitempty"` // 最大token数
	Temperature       float32 `json:"temperature,omitempty"` // 温度参数
}

// 内部AI服务模型映射 (通过TAL MLOps平台)
const (
	// 图像分析 - 使用多模态视觉理解模型
	ModelImageAnalysis = "qwen3-vl-plus" // 视觉理解，支持思考模式

	// 问题生成和笔记润色 - 使用快速Flash模型
	ModelTextGeneration = "qwen-flash" // 思考+非思考模式融合

	// 复杂推理和报告生成 - 使用Max模型
	ModelAdvancedReasoning = "qwen3-max" // 智能体编程和工具调用优化

	// 语音交互 - 使用Omni多模态模型
	ModelVoiceInteraction = "qwen3-omni-flash" // 多模态语音处理

	// 备用模型
	ModelImageAnalysisBackup = "qwen3-vl-235b-a22b-instruct" // 备用的视觉模型
	ModelTextGenerationBackup = "qwen-turbo" // 备用的快速模型
	ModelAdvancedReasoningBackup = "qwen-max" // 备用的推理模型
	ModelVoiceInteractionBackup = "qwen3-omni-flash" // 语音交互备用模型
)

// NewClient 创建内部AI服务客户端
func NewClient(config *Config) *Client {
	clientConfig := openai.DefaultConfig("")

	// 设置内部AI服务端点
	if config.BaseURL != "" {
		clientConfig.BaseURL = config.BaseURL
	} else {
		clientConfig.BaseURL = "http://ai-service.tal.com/openai-compatible/v1"
	}

	// 设置认证信息 (Bearer token格式)
	token := fmt.Sprintf("%s:%s", config.TAL_MLOPS_APP_ID, config.TAL_MLOPS_APP_KEY)
	clientConfig.APIKey = "Bearer " + token

	// 设置API类型为OpenAI兼容
	clientConfig.APIType = openai.APITypeOpenAI

	return &Client{
		client: openai.NewClientWithConfig(clientConfig),
		config: config,
	}
}

// GetAvailableModels 获取可用的模型列表
func (c *Client) GetAvailableModels() []string {
	return []string{
		"qwen3-vl-plus",         // 图像分析主模型
		"qwen-flash",            // 文本生成主模型
		"qwen3-max",             // 复杂推理主模型
		"qwen3-omni-flash",      // 语音交互主模型
		"qwen3-vl-235b-a22b-instruct", // 图像分析备用模型
		"qwen-turbo",            // 文本生成备用模型
		"qwen-max",              // 复杂推理备用模型
	}
}

// ValidateModel 检查模型是否可用
func (c *Client) ValidateModel(model string) bool {
	availableModels := c.GetAvailableModels()
	for _, availableModel := range availableModels {
		if availableModel == model {
			return true
		}
	}
	return false
}

// GetModelForTask 根据任务类型推荐模型
func GetModelForTask(task string) string {
	switch task {
	case "image_analysis":
		return ModelImageAnalysis         // qwen3-vl-plus - 视觉理解
	case "text_generation":
		return ModelTextGeneration       // qwen-flash - 快速文本生成
	case "advanced_reasoning":
		return ModelAdvancedReasoning    // qwen3-max - 复杂推理
	case "voice_interaction":
		return ModelVoiceInteraction     // qwen3-omni-flash - 语音交互
	default:
		return ModelTextGeneration // 默认使用通用模型
	}
}

// GetModelCapabilities 获取模型能力说明
func GetModelCapabilities() map[string]string {
	return map[string]string{
		"qwen3-vl-plus": "视觉理解，支持思考模式，图像分析最优，支持超长视频理解",
		"qwen-flash": "思考+非思考模式融合，复杂推理优秀，指令遵循强",
		"qwen3-max": "智能体编程优化，工具调用增强，领域SOTA水平",
		"qwen3-omni-flash": "多模态实时交互，支持文本、图像、音频、视频，119种语言文本交互，20种语言语音交互",
	}
}

// AnalyzeImage 分析图片
func (c *Client) AnalyzeImage(ctx context.Context, imageURL, prompt string) (*ImageAnalysisResult, error) {
	req := openai.ChatCompletionRequest{
		Model: ModelImageAnalysis,
		Messages: []openai.ChatCompletionMessage{
			{
				Role: openai.ChatMessageRoleUser,
				Content: []openai.ChatMessagePart{
					{
						Type: openai.ChatMessagePartTypeText,
						Text: prompt,
					},
					{
						Type: openai.ChatMessagePartTypeImageURL,
						ImageURL: &openai.ChatMessageImageURL{
							URL: imageURL,
						},
					},
				},
			},
		},
		MaxTokens: c.config.MaxTokens,
		Temperature: c.config.Temperature,
	}

	resp, err := c.client.CreateChatCompletion(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("Qwen API调用失败: %w", err)
	}

	if len(resp.Choices) == 0 {
		return nil, fmt.Errorf("Qwen API返回结果为空")
	}

	result := &ImageAnalysisResult{
		ObjectName: resp.Choices[0].Message.Content,
		// 这里可以根据实际需求解析更多信息
	}

	return result, nil
}
