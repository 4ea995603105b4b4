

#!/bin/bash

python infer.py --genre_txt prompt_examples/Echoes_of_Dawn_genre.txt --lyrics_txt prompt_examples/Echoes_of_Dawn_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Echoes_of_Dawn

python infer.py --genre_txt prompt_examples/Broken_Highway_genre.txt --lyrics_txt prompt_examples/Broken_Highway_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Broken_Highway

python infer.py --genre_txt prompt_examples/Neon_Skies_genre.txt --lyrics_txt prompt_examples/Neon_Skies_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Neon_Skies

python infer.py --genre_txt prompt_examples/Midnight_River_genre.txt --lyrics_txt prompt_examples/Midnight_River_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Midnight_River

python infer.py --genre_txt prompt_examples/Through_the_Glass_genre.txt --lyrics_txt prompt_examples/Through_the_Glass_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Through_the_Glass

python infer.py --genre_txt prompt_examples/Silent_Waltz_genre.txt --lyrics_txt prompt_examples/Silent_Waltz_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Silent_Waltz

python infer.py --genre_txt prompt_examples/Ashes_and_Fire_genre.txt --lyrics_txt prompt_examples/Ashes_and_Fire_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Ashes_and_Fire

python infer.py --genre_txt prompt_examples/Golden_City_Lights_genre.txt --lyrics_txt prompt_examples/Golden_City_Lights_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Golden_City_Lights

python infer.py --genre_txt prompt_examples/Whiskey_Rain_genre.txt --lyrics_txt prompt_examples/Whiskey_Rain_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Whiskey_Rain

python infer.py --genre_txt prompt_examples/Dream_Beyond_Stars_genre.txt --lyrics_txt prompt_examples/Dream_Beyond_Stars_lyrics.txt --output_dir /home/evev/asap-dataset/gen_yue/Dream_Beyond_Stars
