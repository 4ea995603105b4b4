# グローバルメニュー翻訳アプリ用 設定ファイル

# デフォルトの入力画像ディレクトリ
INPUT_IMAGE_DIR = "./input_images"

# デフォルトの出力ディレクトリ
OUTPUT_DIR = "./output"

# サポートする言語リスト
SUPPORTED_LANGUAGES = [
    "en",  # 英語
    "ja",  # 日本語
    "zh",  # 中国語
    "ko",  # 韓国語
    # 必要に応じて追加
]

# デフォルトの翻訳元・翻訳先言語
DEFAULT_SOURCE_LANG = "ja"
DEFAULT_TARGET_LANG = "en"

# AI翻訳モデル
MODEL_NAME_3_5_TURBO = "gpt-3.5-turbo"
MODEL_NAME_4_0_O = "gpt-4o"

