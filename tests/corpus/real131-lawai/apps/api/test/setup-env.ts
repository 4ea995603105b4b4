process.env.OPENAI_API_KEY ||= 'test-openai-key';
process.env.OPENAI_VECTOR_STORE_AUTHORITIES_ID ||= 'vs_test';
process.env.SUPABASE_URL ||= 'https://example.supabase.co';
process.env.SUPABASE_SERVICE_ROLE_KEY ||= 'service-role';
process.env.AGENT_MODEL ||= 'gpt-test';
process.env.EMBEDDING_MODEL ||= 'text-embedding-test';
process.env.AGENT_STUB_MODE ||= 'never';
