// config/env.php
<?php
return [
    'GROQ_API_KEY' => 'your_groq_api_key_here',
    'GROQ_API_URL' => 'https://api.groq.com/openai/v1/chat/completions',
    'LLM_MODEL' => 'llama-3.1-70b-versatile'
];
?>