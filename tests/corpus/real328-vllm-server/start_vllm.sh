# 환경변수 로드 확인
if [ ! -f ".env" ]; then
    echo "❌ .env 파일이 없습니다. 생성해주세요."
    exit 1
fi

# .env 파일 로드
echo "📋 환경변수 로드 중..."
set -a  # 자동으로 변수를 export
source .env
set +a
echo "  ✅ .env 파일 로드 완료"

# 선택적 모드 인자 처리 (예: ./start_vllm.sh start int4)
MODE_ARG="${2:-}"
if [[ -n "$MODE_ARG" ]]; then
    MODE_LC="${MODE_ARG,,}"
    case "$MODE_LC" in
        fp16)
            export RUNTIME_VLLM_LOAD_MODE=fp16
            if [[ -n "${FP16_MODEL_NAME:-}" ]]; then
                export RUNTIME_MODEL_NAME="$FP16_MODEL_NAME"
                echo "  🔧 모드 인자 적용: FP16 (MODEL_NAME→$RUNTIME_MODEL_NAME)"
            else
                echo "  🔧 모드 인자 적용: FP16 (MODEL_NAME 유지)"
            fi
            ;;
        int4|4bit)
            export RUNTIME_VLLM_LOAD_MODE=4bit
            if [[ -n "${INT4_MODEL_NAME:-}" ]]; then
                export RUNTIME_MODEL_NAME="$INT4_MODEL_NAME"
                echo "  🔧 모드 인자 적용: INT4 (MODEL_NAME→$RUNTIME_MODEL_NAME)"
            else
                echo "  ⚠️ INT4 모델명이 .env에 비어 있습니다(INT4_MODEL_NAME). 기본 MODEL_NAME 사용"
            fi
            ;;
        int8|8bit)
            export RUNTIME_VLLM_LOAD_MODE=8bit
            if [[ -n "${INT8_MODEL_NAME:-}" ]]; then
                export RUNTIME_MODEL_NAME="$INT8_MODEL_NAME"
                echo "  🔧 모드 인자 적용: INT8 (MODEL_NAME→$RUNTIME_MODEL_NAME)"
            else
                echo "  🔧 모드 인자 적용: INT8 (MODEL_NAME 유지)"
            fi
            ;;
        bf16|bfloat16)
            export RUNTIME_VLLM_LOAD_MODE=bf16
            if [[ -n "${BF16_MODEL_NAME:-}" ]]; then
                export RUNTIME_MODEL_NAME="$BF16_MODEL_NAME"
                echo "  🔧 모드 인자 적용: BF16 (MODEL_NAME→$RUNTIME_MODEL_NAME)"
            else
                echo "  🔧 모드 인자 적용: BF16 (MODEL_NAME 유지)"
            fi
            ;;
        *)
            echo "  ⚠️ 알 수 없는 모드 인자: $MODE_ARG (무시)"
            ;;
    esac
fi

# 런타임 오버라이드 적용 (start_vllm_with_options.sh 등에서 전달)
if [[ -n "${RUNTIME_VLLM_LOAD_MODE:-}" ]]; then
    export VLLM_LOAD_MODE="$RUNTIME_VLLM_LOAD_MODE"
    echo "  🔧 런타임 모드 오버라이드 적용: VLLM_LOAD_MODE=$VLLM_LOAD_MODE"
fi
if [[ -n "${RUNTIME_MODEL_NAME:-}" ]]; then
    export MODEL_NAME="$RUNTIME_MODEL_NAME"
    echo "  🔧 런타임 모델 오버라이드 적용: MODEL_NAME=$MODEL_NAME"
fi

# 모델명 확인 (환경변수에서)
MODEL_NAME="${MODEL_NAME:-Qwen/Qwen2.5-VL-32B-Instruct}"
echo "🤖 로드할 모델: $MODEL_NAME"

# GPU 메모리 확인
echo "🔍 GPU 상태 확인..."
