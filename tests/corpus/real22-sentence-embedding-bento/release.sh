#!/bin/bash
set -e

export VERSION=${VERSION?"Need to set release VERSION, e.g. VERSION=0.1 ./release.sh"}
GIT_ROOT=$(git rev-parse --show-toplevel)

echo "Building Bento.."
bentoml build $GIT_ROOT -f $GIT_ROOT/bentofile.yaml --version $VERSION

echo "Containerizing Bento.."
bentoml containerize \
	sentence-transformer-svc:$VERSION \
	--opt label='org.opencontainers.image.source=https://github.com/bentoml/sentence-embedding-bento' \
	-t ghcr.io/bentoml/sentence-embedding-bento:$VERSION \
	-t ghcr.io/bentoml/sentence-embedding-bento:latest

docker push ghcr.io/bentoml/sentence-embedding-bento:$VERSION
docker push ghcr.io/bentoml/sentence-embedding-bento:latest
