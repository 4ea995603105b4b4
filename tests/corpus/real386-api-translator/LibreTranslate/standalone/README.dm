Build and run LibreTranslate container
```
docker-compose up
```

Run translating scripts.
Default: current dir is srt source, target language is BG
```
translate_srt_sa.py [/path/to/srt] [bg]
```
```
libre-translateV3-sa.py
```
