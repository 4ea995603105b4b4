# Structured to match the official otwld/ollama Helm chart README
# AND our EKS node configuration (node taints etc).

# --- Scheduling ---
# Rendered ONLY if 'ollama_on_gpu' is true (otwld/ollama chart version 0.29.0).
%{ if ollama_on_gpu ~}
nodeSelector:
  accelerator: "nvidia"

tolerations:
  - key: "nvidia.com/gpu"
    operator: "Equal"
    value: "true"
    effect: "NoSchedule"
%{ endif ~}

# --- Persistence ---
persistentVolume:
  enabled: true
  storageClass: "gp3"
  size: 50Gi

# --- Application ---
ollama:
  gpu:
    enabled: ${ollama_on_gpu}
    type: "nvidia"
    number: 1

  # chart v0.29.0 expects the old model format: a plain list of strings.
  %{ if length(ollama_models) > 0 ~}
  models:
%{ for model in ollama_models ~}
    - ${model}
%{ endfor ~}
  %{ endif ~}
