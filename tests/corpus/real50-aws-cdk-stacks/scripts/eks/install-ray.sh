#!/bin/bash

export RAY_VERSION="2.51.1"

helm repo add kuberay https://ray-project.github.io/kuberay-helm/
helm install kuberay-operator kuberay/kuberay-operator --version 1.5.0

# More sample Ray Cluster configurations: https://github.com/ray-project/kuberay/tree/master/ray-operator/config/samples

# Ray Cluster on GPU nodes
cat <<EOF >>ray-cluster-gpu-config.yaml
apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: raycluster-gpu
spec:
  rayVersion: "${RAY_VERSION}"
  enableInTreeAutoscaling: true
  headGroupSpec:
    rayStartParams:
      num-cpus: "0"
    template:
      spec:
        containers:
        - name: ray-head
          image: rayproject/ray:${RAY_VERSION}-py311
          ports:
          - containerPort: 8265
            name: dashboard
        nodeSelector:
          karpenter.sh/nodepool: x86
  workerGroupSpecs:
  - replicas: 0
    minReplicas: 0
    maxReplicas: 5
    groupName: gpu-group
    template:
      spec:
        containers:
        - name: ray-worker-gpu
          image: rayproject/ray:${RAY_VERSION}-py311-gpu
          resources:
            limits:
              nvidia.com/gpu: "1"
        nodeSelector:
          karpenter.sh/nodepool: gpu
EOF

kubectl apply -f ray-cluster-gpu-config.yaml

echo "Open the Ray dashboard: kubectl port-forward svc/raycluster-gpu-head-svc 8265:8265"
