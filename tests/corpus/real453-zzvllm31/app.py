        if req_data["req_type"] == "load":
            try:
                req_model = req_data.get("model", "facebook/opt-125m")
                req_tensor_parallel_size = req_data.get("tensor_parallel_size", 1)
                req_gpu_memory_utilization = req_data.get("gpu_memory_utilization", 0.91)
                req_max_model_len = req_data.get("max_model_len", 1024)
                req_cpu_offload_gb = req_data.get("cpu_offload_gb", 0)
                req_enforce_eager = req_data.get("enforce_eager", True)
                req_enable_prefix_caching = req_data.get("enable_prefix_caching", True)
                req_dtype = req_data.get("dtype", "auto")
                req_torch_dtype = req_data.get("torch_dtype", "auto")
                req_kv_cache_dtype = req_data.get("kv_cache_dtype", "auto")
                req_swap_space = req_data.get("swap_space", 4)
                req_enable_chunked_prefill = req_data.get("enable_chunked_prefill", True)
                req_trust_remote_code = req_data.get("trust_remote_code", True)
                req_model_storage = req_data.get("model_storage", "/models")
                req_model_path = f'{req_model_storage}/{req_model}'
                
                parser = argparse.ArgumentParser()
                parser.add_argument("--port", type=int, default=1370, required=True, help="Port to run the application on.")
                
                parser.add_argument("--model", type=str, default="Qwen/Qwen2.5-1.5B-Instruct", help="ID of the model.")
                parser.add_argument("--tensor-parallel-size", type=int, default=1, help="Amout of tensors.")
                parser.add_argument("--gpu-memory-utilization", type=float, default=0.91, help="Max GPU memory.")
                parser.add_argument("--max-model-len", type=int, default=2048, help="Max model length.")
                args = parser.parse_args()
                
                if args.model:
                    print(f' @@@ args.model: {args.model}')
                    req_model = args.model
                if args.tensor_parallel_size:
                    print(f' @@@ args.tensor_parallel_size: {args.tensor_parallel_size}')
                    req_tensor_parallel_size = args.tensor_parallel_size
                if args.gpu_memory_utilization:
                    print(f' @@@ args.gpu_memory_utilization: {args.gpu_memory_utilization}')
                    req_gpu_memory_utilization = args.gpu_memory_utilization
                if args.max_model_len:
                    print(f' @@@ args.max_model_len: {args.max_model_len}')
                    req_max_model_len = args.max_model_len


                                
                
                
                log_format = " >>>>>>>>>>>>>>>> {}: {}"
                print(log_format.format("req_type", req_data["req_type"]))
                print(log_format.format("req_model", "Qwen/Qwen2.5-1.5B-Instruct"))
                print(log_format.format("req_tensor_parallel_size", "1"))
                print(log_format.format("req_gpu_memory_utilization", "0.87"))
                print(log_format.format("req_max_model_len", "2048"))
                print(log_format.format("req_cpu_offload_gb", "0"))
                print(log_format.format("req_enforce_eager", "True"))
                print(log_format.format("req_enable_prefix_caching", "True"))
                print(log_format.format("req_dtype", "auto"))
                print(log_format.format("req_torch_dtype", "auto"))
                print(log_format.format("req_kv_cache_dtype", "auto"))
                print(log_format.format("req_swap_space", "4"))
                print(log_format.format("req_enable_chunked_prefill", "True"))
                print(log_format.format("req_trust_remote_code", "True"))
                print(log_format.format("req_model_storage", "/models"))
                print(log_format.format("req_model_path", "models/facebook/opt-125m"))
