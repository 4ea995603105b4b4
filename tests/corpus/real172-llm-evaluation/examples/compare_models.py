def main():
    """Main execution"""
    print_header("🏆 LLM MULTI-MODEL COMPARISON")
    
    print("\nThis tool compares multiple models side-by-side.")
    print("Choose models to compare (separate with commas):")
    print("\nPopular models:")
    print("  • llama3.2:1b (fast, 1.3GB)")
    print("  • phi3:3.8b (balanced, 2.3GB)")
    print("  • mistral:7b (powerful, 4.1GB)")
    print("  • gemma:2b (efficient, 1.6GB)")
    
    # Get user input
    model_input = input("\n📝 Models (e.g., llama3.2:1b,mistral:7b): ").strip()
    if not model_input:
        print("❌ No models specified. Exiting.")
        return
    
    models = [m.strip() for m in model_input.split(',')]
    
    # Ask about dataset mode
    if DATASETS_AVAILABLE:
        print("\n🎯 Evaluation mode:")
        print("  1. Demo mode (8 questions, ~30 seconds per model)")
        print("  2. Sampling mode (100 questions, ~3-5 minutes per model)")
        print("  3. Full mode (24,901 questions, ~2-8 hours per model)")
        
        mode = input("\nSelect mode (1/2/3) [1]: ").strip() or "1"
        
        use_full = mode in ["2", "3"]
        sample_size = None if mode == "3" else 100 if mode == "2" else None
    else:
        print("\n⚠️  'datasets' library not installed. Using demo mode only.")
        print("   Install with: pip install datasets")
        use_full = False
        sample_size = None
    
    # Run comparison
    try:
        results = compare_models(
            models=models,
            use_full_datasets=use_full,
            sample_size=sample_size
        )
        
        print_header("✅ COMPARISON COMPLETE")
        print("\n📊 Results saved to: outputs/comparisons/")
        print("   • JSON data")
        print("   • Markdown report")
        print("   • Interactive visualizations")
        print("\n💡 Open comparison_report.md to see detailed analysis!")
        
    except KeyboardInterrupt:
        print("\n\n❌ Interrupted by user")
    except Exception as e:
        print(f"\n\n❌ Error: {e}")
        print("   Make sure Ollama is running and models are available")


if __name__ == "__main__":
    main()
