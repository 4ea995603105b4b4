<?php

use PhpLlm\LlmChain\Bridge\HuggingFace\Model;
use PhpLlm\LlmChain\Bridge\HuggingFace\PlatformFactory;
use PhpLlm\LlmChain\Bridge\HuggingFace\Task;
use Symfony\Component\Dotenv\Dotenv;

require_once dirname(__DIR__, 2).'/vendor/autoload.php';
(new Dotenv())->loadEnv(dirname(__DIR__, 2).'/.env');

if (empty($_ENV['HUGGINGFACE_KEY'])) {
    echo 'HUGGINGFACE_KEY must be set.'.PHP_EOL;
    exit(1);
}

$platform = PlatformFactory::create($_ENV['HUGGINGFACE_KEY']);
$model = new Model('sentence-transformers/all-MiniLM-L6-v2');

$input = [
    'source_sentence' => 'That is a happy dog',
    'sentences' => [
        'That is a happy canine',
        'That is a happy cat',
        'Today is a sunny day',
    ],
];

$response = $platform->request($model, $input, [
    'task' => Task::SENTENCE_SIMILARITY,
]);

dump($response->getContent());
