#!/usr/bin/env python3
"""
Extract data from the JSON result files in a repository folder
and save it as a CSV file for import into the benchmark.
"""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd


def find_json_files(repo_path):
    repo_path = Path(repo_path)
    if not repo_path.is_dir():
        print(f"Error: Repository path '{repo_path}' is not a directory.")
        return []
    return [p for p in repo_path.rglob("*.json")]


def extract_data_from_json(json_file_path):
    try:
        data = json.loads(Path(json_file_path).read_text(encoding='utf-8'))
        if 'config_general' not in data or 'results' not in data:
            return None
        config_general = data['config_general']
        all_grouped = data['results'].get('all_grouped', {})
        return {
            'json_file': str(json_file_path),
            'model_name': config_general.get('model_name', ''),
            'model_private': config_general.get('model_private', False),
            'assin2_rte': all_grouped.get('assin2_rte', 0.0),
            'assin2_sts': all_grouped.get('assin2_sts', 0.0),
            'faquad_nli': all_grouped.get('faquad_nli', 0.0),
            'hatebr_offensive': all_grouped.get('hatebr_offensive', 0.0),
        }
    except Exception as e:
        print(f"Error processing {json_file_path}: {e}")
        return None


def extract_portuguese_leaderboard(repo_path):
    rows = [r for r in map(extract_data_from_json, find_json_files(repo_path)) if r]
    if not rows:
        print("No valid data extracted from JSON files.")
        return
    df = pd.DataFrame(rows)
    output_file = 'portuguese_leaderboard.csv'
    df.to_csv(output_file, index=False)
    print(f"\nSuccessfully extracted {len(df)} models to {output_file}")
    print(df[['assin2_rte', 'assin2_sts', 'faquad_nli', 'hatebr_offensive']].mean().round(2))


def main():
    parser = argparse.ArgumentParser(description='Extract Portuguese LLM Leaderboard data from JSON files')
    parser.add_argument('repo_path', help='Path to the repository folder containing JSON files')
    args = parser.parse_args()
    try:
        extract_portuguese_leaderboard(args.repo_path)
    except Exception as e:
        print(f"Error during extraction: {e}")
        sys.exit(1)


if __name__ == "__main__":
    main()
