export type Project = {
  title: string
  description: string
  codeUrl: string
  demoUrl?: string
  thumbnail?: string
  tags?: string[]
}

export const projects: Project[] = [
  {
    title: 'Emotion Classifier Dashboard',
    description: 'Dashboard that labels the emotion of a text with a fine-tuned model, hosted as a Space.',
    codeUrl: 'https://huggingface.co/spaces/JavierGuio/emotion_classifier_dashboard/tree/main',
    demoUrl: 'https://huggingface.co/spaces/JavierGuio/emotion_classifier_dashboard',
    thumbnail: '/thumbnails/emotion-classifier.svg',
    tags: ['NLP', 'Hugging Face', 'Demo'],
  },
  {
    title: 'Attention Explorer',
    description: 'Shows the causal attention patterns of DistilGPT2 across layers and heads.',
    codeUrl: 'https://huggingface.co/spaces/JavierGuio/attention-explorer/tree/main',
    demoUrl: 'https://huggingface.co/spaces/JavierGuio/attention-explorer',
    thumbnail: '/thumbnails/attention-explorer.svg',
    tags: ['Transformers', 'Attention', 'Visualization'],
  },
  {
    title: 'MultiNER Studio',
    description: 'Multilingual named-entity recognition with XLM-RoBERTa, with model comparison and cross-lingual transfer.',
    codeUrl: 'https://huggingface.co/spaces/JavierGuio/MultiNER/tree/main',
    demoUrl: 'https://huggingface.co/spaces/JavierGuio/MultiNER',
    thumbnail: '/thumbnails/multiner.svg',
    tags: ['NER', 'Multilingual', 'XLM-RoBERTa'],
  },
]
