def main():
    print("=== MLX変換ツール（Apple Silicon最適化） ===")
    
    # 利用可能なモデルを確認
    model_paths = {
        "minimal_test": "./lm_studio_models/minimal_test_merged",
        "GFM": "./lm_studio_models/DialoGPT-small-GFM_merged"
    }
    
    available_models = []
    for name, path in model_paths.items():
        if os.path.exists(path):
            available_models.append((name, path))
        else:
            print(f"スキップ: {name} (パスが存在しません: {path})")
    
    if not available_models:
        print("❌ 変換可能なモデルが見つかりません")
        return
    
    print(f"\n利用可能なモデル:")
    for i, (name, path) in enumerate(available_models):
        print(f"  {i+1}. {name} ({path})")
    
    # MLXのインストール確認
    try:
        import mlx
        import mlx_lm
        print("✅ MLXライブラリが利用可能")
    except ImportError:
        print("MLXライブラリをインストール中...")
        if not install_mlx():
            print("❌ MLXのインストールに失敗しました")
            return
    
    # 全モデルを変換
    successful_conversions = []
    
    for name, model_path in available_models:
        print(f"\n{'='*60}")
        print(f"=== {name}モデルの変換開始 ===")
        print(f"{'='*60}")
        
        # MLX変換
        mlx_dir = "./mlx_models"
        mlx_path = os.path.join(mlx_dir, name)
        
        success = convert_to_mlx(model_path, mlx_path)
        
        if success and os.path.exists(mlx_path):
            # LM Studioにコピー
            lm_studio_path = copy_to_lm_studio(mlx_path, name)
            
            if lm_studio_path:
                # モデルテスト
                test_success = test_mlx_model(mlx_path, name)
                
                successful_conversions.append((name, lm_studio_path))
                print(f"✅ {name}モデルのMLX変換完了")
            else:
                print(f"❌ {name}モデルのLM Studioコピー失敗")
        else:
            print(f"❌ {name}モデルの変換失敗")
    
    # 結果サマリー
    print(f"\n{'='*60}")
    print(f"=== 変換結果サマリー ===")
    print(f"{'='*60}")
    
    if successful_conversions:
        print(f"✅ 成功した変換: {len(successful_conversions)}個")
        for name, path in successful_conversions:
            print(f"  - {name}: {path}")
        
        print(f"\n🚀 LM Studio使用方法:")
        print(f"1. LM Studioを開く")
        print(f"2. 以下のMLXモデルが利用可能:")
        for name, _ in successful_conversions:
            print(f"   📁 {name}-mlx")
        
        print(f"\n💡 MLX形式の利点:")
        print(f"- 🍎 Apple Silicon専用最適化")
        print(f"- ⚡ 超高速推論速度")
        print(f"- 🧠 統合メモリ活用")
        print(f"- 🔋 省電力動作")
        print(f"- 🎯 Metal Performance Shaders利用")
        
        print(f"\n🧪 テスト用プロンプト:")
        print(f"GFMモデル: 'グリッドフォーミングインバータとは何ですか？'")
        print(f"minimal_testモデル: 'Pythonでprint文を使って挨拶を出力する方法を教えて'")
        
        print(f"\n📋 MLXモデル直接利用:")
        for name, _ in successful_conversions:
            print(f"python -m mlx_lm.generate --model ./mlx_models/{name} --prompt 'あなたのプロンプト'")
        
    else:
        print(f"❌ 変換に成功したモデルはありません")
    
    print(f"\n🎉 MLX変換処理完了！")

if __name__ == "__main__":
    main()