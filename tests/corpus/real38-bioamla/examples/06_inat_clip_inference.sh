#!/usr/bin/env bash
#
# Workflow 6: iNaturalist clip → AST inference
# --------------------------------------------
# Grab a real recording from iNaturalist and classify it with a ready-made model
# off the Hub (bioamla/ast-esc50, fine-tuned on the 50-class ESC-50 set).
#
# Needs: network. No GPU required for a single clip.

set -euo pipefail

OUT=./out/06_inat_clip_inference
mkdir -p "$OUT"

TAXON="Lithobates catesbeianus"   # American bullfrog (an ESC-50 "frog")
MODEL="bioamla/ast-esc50"

# (Optional) See what classes the model can predict before you run it.
bioamla models ast info "$MODEL"

# 1. Download a single research-grade audio observation.
bioamla catalogs inat download "$OUT/clips" \
  --taxon-name "$TAXON" \
  --quality-grade research \
  --license cc0,cc-by,cc-by-nc \
  --obs-per-taxon 1

# 2. Grab the first downloaded clip.
CLIP="$(find "$OUT/clips" -type f \( -name '*.mp3' -o -name '*.wav' \) | head -n 1)"
if [[ -z "$CLIP" ]]; then
  echo "No audio downloaded" >&2
  exit 1
fi

# 3. Run AST inference.
bioamla models ast predict "$CLIP" --model-path "$MODEL"

echo "Done."
