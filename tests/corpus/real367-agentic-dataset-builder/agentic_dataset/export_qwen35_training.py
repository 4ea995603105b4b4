MAIN_RE = re.compile(r'.*(?:🟢|⚠️ ?|❌|🟡)\s+(\d+)\s+(GET|POST|PUT|PATCH|DELETE)\s+(\S+)')
META_RE = re.compile(r'^\s*[├└]─\s+([^:]+):\s?(.*)$')
TARGET_PATHS = {
    'POST /openai/v1/responses',
    'POST /openai/v1/responses/compact',
    'POST /openai/v1/chat/completions',
    'POST /api/v1/messages',
}
TRUNCATED_MARKER = '...[truncated]'
TEXT_BLOCK_TYPES = {'text', 'input_text', 'output_text'}
IMAGE_BLOCK_TYPES = {'image', 'input_image', 'output_image', 'image_url'}
VIDEO_BLOCK_TYPES = {'video', 'input_video', 'output_video', 'video_url'}
TOOL_CALL_BLOCK_TYPES = {'tool_use', 'tool_call', 'function_call', 'custom_tool_call', 'web_search_call'}
TOOL_RESULT_BLOCK_TYPES = {'tool_result', 'tool_output', 'function_call_output'}
THINKING_BLOCK_TYPES = {'thinking', 'reasoning'}
VISION_IMAGE_TOKEN = '<|vision_start|><|image_pad|><|vision_end|>'
VISION_VIDEO_TOKEN = '<|vision_start|><|video_pad|><|vision_end|>'
THINK_INLINE_RE = re.compile(r'<think>\s*(.*?)\s*</think>', re.S)
TOOL_RESPONSE_RE = re.compile(r'<tool_response>\s*(.*?)\s*</tool_response>', re.S)
TOOL_CALL_RE = re.compile(r'<tool_call>\s*<function=([^>\n]+)>\s*(.*?)</function>\s*</tool_call>', re.S)
TOOL_PARAM_RE = re.compile(r'<parameter=([^>\n]+)>\s*(.*?)\s*</parameter>', re.S)
VISION_TOKEN_RE = re.compile(
    f'({re.escape(VISION_IMAGE_TOKEN)}|{re.escape(VISION_VIDEO_TOKEN)})'
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description='Export relay logs into Qwen3.5-compatible JSONL.')
    parser.add_argument('--output-root', required=True)
    parser.add_argument(
        '--archive-root',
        default='/vePFS-Mindverse/share/yiwen/claude-relay-service/docker-json-logs/di-20260320122547-ws9d2/claude-relay-service-claude-relay-1',
    )
    parser.add_argument('--container', default='claude-relay-service-claude-relay-1')
    parser.add_argument('--include-current', action='store_true', default=True)
    parser.add_argument('--exclude-current', dest='include_current', action='store_false')
    parser.add_argument('--limit-sources', type=int, default=0)
    parser.add_argument('--dedupe-mode', choices=('requestid', 'content', 'none'), default='requestid')
    parser.add_argument('--workers', type=int, default=0, help='Thread workers for per-source staging; 0 means auto.')
    parser.add_argument(
        '--output-format',
        choices=('jsonl', 'parquet', 'both'),
        default='parquet',
        help='Emit JSONL, Parquet, or both. Parquet is the default and is optimized for analytics-first workflows.',
    )
    parser.add_argument('--keep-staging', action='store_true', help='Keep intermediate staged chunk files for debugging.')
    return parser.parse_args()
