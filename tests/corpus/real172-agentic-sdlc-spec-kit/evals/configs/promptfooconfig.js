// PromptFoo configuration using JavaScript for environment variable support
module.exports = {
  description: 'Spec-Kit Quality Evaluation',

  // Configure LLM provider using OpenAI-compatible endpoint
  providers: [
    {
      id: `openai:chat:${process.env.LLM_MODEL || 'claude-sonnet-4-5-20250929'}`,
      label: `${process.env.LLM_MODEL || 'Default Model'} (via AI API Gateway)`,
      config: {
        // AI API Gateway exposes an OpenAI-compatible endpoint at /chat/completions
        apiBaseUrl: process.env.LLM_BASE_URL,
        apiKey: process.env.LLM_AUTH_TOKEN,
        temperature: 0.7,
        max_tokens: 4000,
      },
      // Also set the env vars that PromptFoo looks for
      env: {
        OPENAI_API_KEY: process.env.LLM_AUTH_TOKEN,
        OPENAI_BASE_URL: process.env.LLM_BASE_URL,
      },
    },
  ],

  // Default test configuration
  defaultTest: {
    options: {
      provider: `openai:chat:${process.env.LLM_MODEL || 'claude-sonnet-4-5-20250929'}`,
    },
  },

  // Test suite
  tests: [
    // ================================
    // Test 1: Basic Spec Structure
    // ================================
    {
      description: 'Spec Template: Basic CRUD app - Structure validation',
      prompt: 'file://../prompts/spec-prompt.txt',
      vars: {
        user_input:
          'Build a task management app where users can create, edit, delete, and view tasks. Each task has a title, description, due date, and priority (low/medium/high).',
      },
      assert: [
        { type: 'icontains', value: 'overview' },
        { type: 'icontains', value: 'functional requirements' },
        { type: 'icontains', value: 'user stor' },  // Matches "User Stories" or "User Story"
        { type: 'icontains', value: 'non-functional' },
        { type: 'icontains', value: 'edge case' },
      ],
    },
