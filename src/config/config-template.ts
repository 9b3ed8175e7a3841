/**
 * The commented promptops.config.yaml that `promptops init` writes. Its active settings are the
 * defaults, so a new project behaves exactly as one without a config file until it is edited.
 */
export const CONFIG_TEMPLATE = `# promptops configuration. Every setting is optional; shown values are the defaults.
# The environment overrides this file:
#   OPENAI_API_KEY / OPENAI_BASE_URL     provider "openai", used for any model not otherwise routed
#   ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL  provider "anthropic", used for claude-* models
#   PORT, PROMPTOPS_DATABASE_URL, PROMPTOPS_PROMPTS_DIR
# With no provider at all, the built-in "demo" model answers from each prompt's response-templates.md.
# Strings may use \${ENV_VAR} (an error if unset) or \${ENV_VAR:-fallback}.

# Folder of prompts/<id>/v<semver>/..., relative to this file.
prompts_dir: ./prompts

server:
  host: 0.0.0.0
  port: 4100
  body_limit: 1mb            # bytes, or a size such as 512kb / 1mb
  max_concurrent: 256        # requests in flight before the gateway answers 503
  # api_keys: ["\${PROMPTOPS_API_KEY}"]   # Bearer keys the gateway accepts; none means no auth

store:
  url: sqlite:.promptops/promptops.db   # or postgres://user:password@host:5432/promptops

# providers:
#   openai:
#     type: openai           # openai | anthropic | demo
#     base_url: https://api.openai.com/v1   # any OpenAI-compatible server: vLLM, Ollama, llama.cpp
#     api_key: \${OPENAI_API_KEY}
#     models: [gpt-4o-mini]  # requests for these models route here
#     connections: 64        # pooled keep-alive connections
#   anthropic:
#     type: anthropic
#     api_key: \${ANTHROPIC_API_KEY}
# default_provider: openai   # receives any model no provider lists
# models:                    # aliases
#   fast: openai/gpt-4o-mini

guards:
  injection: flag            # allow | flag | sanitize | block
  pii: pseudonymize          # off | redact | mask | pseudonymize
  max_input_length: 4000

retry:
  max_attempts: 3
  base_delay_ms: 200         # exponential backoff with full jitter, honouring Retry-After
  max_delay_ms: 5000
  attempt_timeout_ms: 30000
  deadline_ms: 60000         # whole call, retries and fallbacks included
  breaker:
    consecutive_failures: 5
    half_open_after_ms: 30000
`;
