require_relative "test_helper"

class ModelTest < Minitest::Test
  # https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2
  def test_all_minilm
    texts = ["First example sentence", "Second one, converted as well"]

    embedder = Informers.pipeline("embedding", "sentence-transformers/all-MiniLM-L6-v2")
    vectors = embedder.(texts)

    assert_elements_in_delta [0.067657, 0.063496, 0.048713], vectors[0][..2]
  end

  # https://huggingface.co/Xenova/all-MiniLM-L6-v2
  def test_all_minilm_xenova
    embedder = Informers.pipeline("embedding", "Xenova/all-MiniLM-L6-v2", dtype: "q8")
    vectors = embedder.(["First example sentence"])

    assert_elements_in_delta [0.045927, 0.07328, 0.05401], vectors[0][..2]
  end

  # https://huggingface.co/sentence-transformers/multi-qa-MiniLM-L6-cos-v1
  def test_multi_qa_minilm
    question = "How many people live in London?"
    candidates = ["About nine million people live in London", "London has a financial district"]

    embedder = Informers.pipeline("embedding", "sentence-transformers/multi-qa-MiniLM-L6-cos-v1")
    q = embedder.(question)
    scores = embedder.(candidates).map { |e| e.zip(q).sum { |a, b| a * b } }

    assert scores[0] > scores[1]
  end

  # https://huggingface.co/Supabase/gte-small
  def test_gte_small
    embedder = Informers.pipeline("embedding", "Supabase/gte-small")
    vectors = embedder.(["That is a happy person", "That is a very happy person"])

    assert_elements_in_delta [-0.05316979, 0.01044252, 0.06194701], vectors[0][..2]
  end

  # https://huggingface.co/BAAI/bge-base-en-v1.5
  def test_bge_base
    prefix = "Represent this sentence for searching relevant passages: "
    embedder = Informers.pipeline("embedding", "BAAI/bge-base-en-v1.5")
    vectors = embedder.(["A barking dog", prefix + "kitten"])

    assert_equal 2, vectors.size
  end

  # https://huggingface.co/sentence-transformers/all-mpnet-base-v2
  def test_all_mpnet
    embedder = Informers.pipeline("embedding", "sentence-transformers/all-mpnet-base-v2")
    vectors = embedder.(["First example sentence"])

    assert_elements_in_delta [0.02250263, -0.07829167, -0.02303071], vectors[0][..2]
  end

  # https://huggingface.co/BAAI/bge-m3
  def test_bge_m3
    embedder = Informers.pipeline("embedding", "BAAI/bge-m3")
    embedder.(["First example sentence"], model_output: "token_embeddings")
  end

  # https://huggingface.co/jinaai/jina-reranker-v1-turbo-en
  def test_jina_reranker
    ranker = Informers.pipeline("reranking", "jinaai/jina-reranker-v1-turbo-en")
    ranked = ranker.("How many people live in London?", ["Nine million", "A district"], return_documents: true)

    assert_equal 0, ranked[0][:doc_id]
  end

  # https://huggingface.co/Xenova/ms-marco-MiniLM-L-6-v2
  def test_ms_marco_minilm
    ranker = Informers.pipeline("reranking", "Xenova/ms-marco-MiniLM-L-6-v2")
    ranked = ranker.("How many people live in London?", ["Nine million", "A district"], return_documents: true)

    assert_in_delta 1, ranked[0][:score]
  end
end
