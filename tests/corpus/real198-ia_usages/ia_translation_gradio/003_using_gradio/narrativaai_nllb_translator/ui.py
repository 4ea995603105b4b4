title = "NLLB TRANSLATION Demo"
description = """
<p>
<center>
Translator using <a href='https://ai.facebook.com/research/no-language-left-behind/' target='_blank'>Facebook's NLLB</a> models.
Developed by <a href='https://www.narrativa.com/' target='_blank'>Narrativa</a>.
<img src="https://raw.githubusercontent.com/facebookresearch/fairseq/nllb/nllb.png" alt="meta nllb pic" width="700"/>
</center>
</p>
"""

examples = [["I love to test latest translation models by META at HuggingFace thanks to Narrativa",
             "eng_Latn", "spa_Latn", 400]]