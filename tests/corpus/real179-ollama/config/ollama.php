<?php

return [
    'api_url' => env('OLLAMA_API_URL', 'http://localhost:11434'),
    'default_model' => env('OLLAMA_DEFAULT_MODEL', 'llama3.2'),
];
