# 1. Namespace for the application
resource "kubernetes_namespace" "this" {
  metadata {
    name = var.namespace
  }
}

# 2. Secret holding the Hugging Face Hub token
resource "kubernetes_secret" "hf_token" {
  depends_on = [kubernetes_namespace.this]

  metadata {
    name      = "hf-token"
    namespace = var.namespace
  }

  data = {
    "hf-token" = base64encode(var.hugging_face_hub_token)
  }

  type = "Opaque"
}

# 3. The RayService custom resource
resource "kubernetes_manifest" "ray_service" {
  depends_on = [kubernetes_secret.hf_token]

  manifest = {
    "apiVersion" = "ray.io/v1"
    "kind"       = "RayService"
    "metadata" = {
      "name"      = "vllm"
      "namespace" = var.namespace
    }
    "spec" = {
      "serveConfigV2" = yamlencode({
        "applications" = [
          {
            "name"        = "mistral"
            "import_path" = "vllm_serve:deployment"
            "runtime_env" = {
              "env_vars" = {
                "LD_LIBRARY_PATH"        = "/home/ray/anaconda3/lib:$LD_LIBRARY_PATH"
                "MODEL_ID"               = "mistralai/Mistral-7B-Instruct-v0.2"
                "GPU_MEMORY_UTILIZATION" = "0.9"
                "MAX_MODEL_LEN"          = "8192"
              }
            }
            "deployments" = [
              {
                "name" = "mistral-deployment"
                "autoscaling_config" = {
                  "min_replicas" = 1
                  "max_replicas" = 4
                }
                "ray_actor_options" = {
                  "num_cpus" = 1
                  "num_gpus" = 1
                }
              }
            ]
          }
        ]
      })
      "rayClusterConfig" = {
        "rayVersion" = "2.24.0"
        "headGroupSpec" = {
          "rayStartParams" = {
            "dashboard-host" = "0.0.0.0"
            "num-cpus"       = "0"
          }
          "template" = {
            "spec" = {
              "containers" = [
                {
                  "name"            = "ray-head"
                  "image"           = "public.ecr.aws/data-on-eks/ray2.24.0-py310-vllm-gpu:v1"
                  "imagePullPolicy" = "IfNotPresent"
                  "env" = [
                    { "name" = "VLLM_PORT", "value" = "8004" },
                    {
                      "name" = "HUGGING_FACE_HUB_TOKEN",
                      "valueFrom" = {
                        "secretKeyRef" = { "name" = kubernetes_secret.hf_token.metadata[0].name, "key" = "hf-token" }
                      }
                    },
                    { "name" = "RAY_GRAFANA_HOST", "value" = "http://kube-prometheus-stack-grafana.kube-prometheus-stack.svc:80" }
                  ]
                }
              ]
              "nodeSelector" = {
                "NodeGroupType" = "x86-cpu-karpenter"
              }
            }
          }
        }
        "workerGroupSpecs" = [
          {
            "replicas"  = 1
            "groupName" = "gpu-group"
            "template" = {
              "spec" = {
                "containers" = [
                  {
                    "name"  = "ray-worker"
                    "image" = "public.ecr.aws/data-on-eks/ray2.24.0-py310-vllm-gpu:v1"
                    "resources" = {
                      "limits" = { "cpu" = "10", "memory" = "48G", "nvidia.com/gpu" = "1" }
                    }
                  }
                ]
                "nodeSelector" = {
                  "NodeGroupType" = "g5-gpu-karpenter"
                }
              }
            }
          }
        ]
      }
    }
  }
}
